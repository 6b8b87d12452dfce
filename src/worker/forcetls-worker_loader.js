// The diagnosis worker's loader: the script the page starts as its worker (src/ui/worker.rs), copied
// into the site as it is. It loads wasm-bindgen's glue, then the worker's module (src/worker_main.rs).
//
// It replaces trunk's loader shim, which left a failed load unreported: a module that cannot be
// fetched, compiled or instantiated only rejects a promise, and an unhandled rejection in a worker
// never reaches the page, so the page waited for the worker's "ready" for ever. Here a failed load is
// said to the page as a `load-failed` reply (worker::protocol::Reply), and the page shows it and
// starts a fresh worker. A failing importScripts throws at once, which the page sees as the
// worker's error event.
importScripts('./forcetls-worker.js');
wasm_bindgen({ module_or_path: './forcetls-worker_bg.wasm' }).catch((error) => {
  postMessage(JSON.stringify({ kind: 'load-failed', message: String(error) }));
  close();
});
