// Vite resolves `?url` imports to the URL of the file in the built renderer.
declare module '*?url' {
  const url: string;
  export default url;
}
