import { useState } from 'react';
import { saveBlob } from '@/lib/api/download';

/** Fetches a file with the token and saves it; remembers the error to show. */
export function useDownload() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (key: string, fetcher: () => Promise<Blob>, fileName: string) => {
    setBusy(key);
    setError(null);
    try {
      saveBlob(await fetcher(), fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, download };
}
