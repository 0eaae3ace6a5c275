/**
 * The token-counting Web Worker. Start it from a tool with `startTokenWorker()` (./client.ts), which Vite
 * bundles as a separate module worker; the encodings it imports load only inside it.
 */
import { createCountHandler } from './worker-core.ts';
import type { WorkerResponse } from './protocol.ts';

const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

const handle = createCountHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
