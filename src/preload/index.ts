import { contextBridge, ipcRenderer } from 'electron';
import { createStudioBridge } from './studio-bridge';

// Sandboxed, context-isolated preload: the page sees `window.studio` (the
// StudioApi methods) and nothing else from Electron.
contextBridge.exposeInMainWorld('studio', createStudioBridge(ipcRenderer));
