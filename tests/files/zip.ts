/**
 * A small ZIP writer for the hostile-file corpus: it writes exactly what a test asks for, including
 * what no honest tool writes (sizes that lie, paths out of the archive, encrypted flags).
 */
import { crc32, deflateRawSync } from "node:zlib";

export type ZipEntry = {
  name: string;
  data: Uint8Array | string;
  /** Store uncompressed (the ODT `mimetype` entry must be). */
  store?: boolean;
  /** Claim this unpacked size instead of the real one (a lying header). */
  declaredSize?: number;
  /** Set the "encrypted" flag. */
  encrypted?: boolean;
  /** Already-deflated bytes to write as they are (a bomb made once, not at every test). */
  deflated?: { bytes: Uint8Array; size: number; crc: number };
};

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const body = entry.deflated ? Buffer.from(entry.deflated.bytes) : entry.store ? raw : deflateRawSync(raw);
    const crc = entry.deflated ? entry.deflated.crc : crc32(raw);
    const size = entry.declaredSize ?? (entry.deflated ? entry.deflated.size : raw.byteLength);
    const method = entry.store && !entry.deflated ? 0 : 8;
    const flags = 0x0800 | (entry.encrypted ? 1 : 0); // UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + body.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Zeros, deflated once: `size` bytes that pack to almost nothing. */
export function deflatedZeros(size: number): NonNullable<ZipEntry["deflated"]> {
  const zeros = Buffer.alloc(size);
  return { bytes: deflateRawSync(zeros, { level: 9 }), size, crc: crc32(zeros) };
}
