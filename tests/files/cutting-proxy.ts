/**
 * A TCP proxy on 127.0.0.1 that cuts every connection once the client has sent more than `limit`
 * bytes: a network that breaks in the middle of an upload, for the S3 driver's crash tests.
 */
import net from "node:net";

export async function startCuttingProxy(target: { host: string; port: number }, limit: number) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let sent = 0;
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk: Buffer) => {
      sent += chunk.byteLength;
      if (sent > limit) {
        upstream.write(chunk.subarray(0, chunk.byteLength - (sent - limit)), cut);
        return;
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    for (const socket of [client, upstream]) {
      socket.on("error", cut);
      socket.on("close", () => {
        sockets.delete(socket);
        cut();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
