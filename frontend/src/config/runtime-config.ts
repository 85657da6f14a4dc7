/** Settings the deployment provides in /config.json (written next to index.html at deploy time). */
export interface RuntimeConfig {
  apiBaseUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

function isRuntimeConfig(value: unknown): value is RuntimeConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['apiBaseUrl', 'keycloakUrl', 'realm', 'clientId'].every((k) => typeof v[k] === 'string' && v[k] !== '');
}

export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!isRuntimeConfig(json)) {
    throw new Error(`${url} must contain apiBaseUrl, keycloakUrl, realm and clientId`);
  }
  return { ...json, apiBaseUrl: json.apiBaseUrl.replace(/\/+$/, '') };
}
