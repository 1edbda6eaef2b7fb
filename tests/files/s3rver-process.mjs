// The S3-compatible server of the storage tests (s3rver), run as its own process on 127.0.0.1 with
// a random port and a temporary directory. Started by ./s3-server.ts; prints {"port": N} when ready.
// s3rver signs ListObjectsV2 continuation tokens with DES, which OpenSSL 3 has only in its legacy
// provider: the parent starts this process with --openssl-legacy-provider.
import S3rver from "s3rver";

const [directory, bucket] = process.argv.slice(2);
const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
const stop = () => server.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// Never outlive the test run that started us.
process.stdin.on("end", stop);
process.stdin.resume();
