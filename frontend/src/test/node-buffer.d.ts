// The app's type set has no Node types; the test setup needs only these two from node:buffer.
declare module 'node:buffer' {
  export const Blob: typeof globalThis.Blob;
  export const File: typeof globalThis.File;
}
