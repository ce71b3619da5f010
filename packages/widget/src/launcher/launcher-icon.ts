/** Path of the launcher's speech-bubble icon (24×24, stroked), shared by the loader and the element. */
export const LAUNCHER_ICON_PATH = 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z';
