/**
 * Any S3-compatible object store (MinIO, Yandex Object Storage, VK Cloud, Amazon S3), for
 * deployments of several app instances. One PUT per object: the server makes an object visible
 * only when its whole body has arrived, and Content-MD5 makes it refuse a damaged body.
 *
 * The SDK's newer default checksums (CRC32 trailers, "aws-chunked" bodies) are switched to
 * WHEN_REQUIRED: many S3-compatible servers reject them, and the platform verifies SHA-256 itself.
 */
import { createHash } from "node:crypto";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { assertValidKey, ObjectIntegrityError, ObjectNotFoundError, sha256Hex, verifyDigest, type StorageDriver } from "./driver";

export type S3Settings = {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Keys per page of a listing (S3 returns at most 1000). */
  listPageSize?: number;
};

/** Points where the tests of a crash break a write. Never set outside tests. */
export type S3Faults = { beforePut?: () => void | Promise<void> };

/** User metadata (x-amz-meta-sha256) with the SHA-256 of the object's bytes. */
const SHA256_METADATA = "sha256";

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}

export function createS3Storage(settings: S3Settings, faults: S3Faults = {}): StorageDriver & { readonly client: S3Client } {
  if (!settings.bucket) throw new Error("S3_BUCKET is not set: the S3 storage driver needs a bucket.");
  const client = new S3Client({
    endpoint: settings.endpoint || undefined,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined, // the SDK's own chain: environment, profile, instance role
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
  });
  const Bucket = settings.bucket;

  return {
    kind: "s3",
    client,
    async put(key, bytes, options = {}) {
      assertValidKey(key);
      await faults.beforePut?.();
      const digest = sha256Hex(bytes);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: bytes,
          ContentLength: bytes.byteLength,
          ContentMD5: createHash("md5").update(bytes).digest("base64"),
          ContentType: options.contentType ?? "application/octet-stream",
          Metadata: { [SHA256_METADATA]: digest },
        }),
      );
      return { key, sha256: digest, sizeBytes: bytes.byteLength };
    },
    async get(key, expected) {
      try {
        const response = await client.send(new GetObjectCommand({ Bucket, Key: assertValidKey(key) }));
        if (!response.Body) throw new ObjectNotFoundError(key);
        const bytes = Buffer.from(await response.Body.transformToByteArray());
        // A body shorter than announced is a cut connection, never the object.
        if (response.ContentLength !== undefined && bytes.byteLength !== response.ContentLength) {
          throw new ObjectIntegrityError(key, `${bytes.byteLength} of ${response.ContentLength} bytes`);
        }
        // The digest recorded at upload, or else the one the object carries (sent as metadata with
        // the PUT, so known before its body), tells a whole object from one a server shows while
        // still writing it (s3rver does) or one damaged at rest.
        verifyDigest(key, bytes, expected?.sha256 ?? response.Metadata?.[SHA256_METADATA]);
        return bytes;
      } catch (error) {
        if (isNotFound(error)) throw new ObjectNotFoundError(key);
        throw error;
      }
    },
    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: assertValidKey(key) }));
        return { sizeBytes: head.ContentLength ?? 0, modifiedAt: head.LastModified ?? new Date(0) };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: assertValidKey(key) }));
    },
    async *list() {
      for await (const page of paginateListObjectsV2({ client, pageSize: settings.listPageSize ?? 1000 }, { Bucket })) {
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue;
          yield { key: object.Key, sizeBytes: object.Size ?? 0, modifiedAt: object.LastModified ?? new Date(0) };
        }
      }
    },
  };
}
