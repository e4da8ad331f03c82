// `?asset` imports: electron-vite copies the file into the build and gives its path at run time.
/// <reference types="electron-vite/node" />
