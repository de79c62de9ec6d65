/**
 * One Chrome DevTools Protocol call to a Node process started with `--inspect=127.0.0.1:<port>`.
 * The reliability load test uses it to collect the API's garbage before reading its memory, so that
 * what it compares is memory the process holds, not garbage V8 has not got round to collecting.
 * Needs the global WebSocket (Node 22, or Node 20 with --experimental-websocket).
 */
export async function inspectorCall(port: number, method: string, params: object = {}): Promise<unknown> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const target = targets[0];
  if (!target) throw new Error(`no inspector target on port ${port}`);
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  try {
    await new Promise((resolve, reject) => {
      socket.onopen = resolve;
      socket.onerror = () => reject(new Error(`cannot reach the inspector on port ${port}`));
    });
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
      socket.onmessage = (message) => resolve(JSON.parse(String(message.data)));
    });
    socket.send(JSON.stringify({ id: 1, method, params }));
    const { result, error } = await answer;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result;
  } finally {
    socket.close();
  }
}
