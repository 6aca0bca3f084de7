import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('kimberlite', {});
