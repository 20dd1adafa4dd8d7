/**
 * A minimal git pack writer (pack version 2 and its .idx version 2), for generating long histories
 * quickly. Objects are stored whole, except a blob that is a prefix of one written before: an
 * append-only file's earlier versions are stored as a copy instruction against its final version,
 * which is what makes fifty thousand versions of a growing file cheap to write.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";

const TYPES = { commit: 1, tree: 2, blob: 3 } as const;
const OFS_DELTA = 6;
export type ObjectType = keyof typeof TYPES;

export function objectName(type: ObjectType, data: Buffer, length = data.length): string {
  return createHash("sha1")
    .update(`${type} ${length}\0`)
    .update(length === data.length ? data : data.subarray(0, length))
    .digest("hex");
}

/** The type-and-size header of a pack entry. */
function entryHeader(type: number, size: number): number[] {
  const bytes: number[] = [];
  let byte = (type << 4) | (size % 16);
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes.push(byte | 0x80);
    byte = rest % 128;
    rest = Math.floor(rest / 128);
  }
  bytes.push(byte);
  return bytes;
}

/** The distance back to an OFS_DELTA's base, in git's offset encoding. */
function baseDistance(distance: number): number[] {
  const bytes = [distance % 128];
  let rest = Math.floor(distance / 128);
  while (rest > 0) {
    rest -= 1;
    bytes.unshift(0x80 | (rest % 128));
    rest = Math.floor(rest / 128);
  }
  return bytes;
}

function varint(n: number): number[] {
  const bytes: number[] = [];
  let rest = n;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    bytes.push(byte);
  } while (rest > 0);
  return bytes;
}

/** A delta that makes the first `length` bytes of a base of `baseLength` bytes. */
function prefixDelta(baseLength: number, length: number): Buffer {
  const out = [...varint(baseLength), ...varint(length)];
  for (let at = 0; at < length; ) {
    const size = Math.min(length - at, 0xffffff);
    const offsetBytes = [at & 0xff, (at >>> 8) & 0xff, (at >>> 16) & 0xff, (at >>> 24) & 0xff];
    const sizeBytes = [size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff];
    let op = 0x80;
    const args: number[] = [];
    offsetBytes.forEach((b, i) => {
      if (b !== 0) {
        op |= 1 << i;
        args.push(b);
      }
    });
    sizeBytes.forEach((b, i) => {
      if (b !== 0) {
        op |= 0x10 << i;
        args.push(b);
      }
    });
    out.push(op, ...args);
    at += size;
  }
  return Buffer.from(out);
}

export class PackWriter {
  private readonly fd: number;
  private readonly path: string;
  private offset = 12;
  private readonly objects = new Map<string, { offset: number; crc: number }>();

  constructor(private readonly packDir: string) {
    this.path = join(packDir, "tmp-bench.pack");
    this.fd = openSync(this.path, "w+");
    writeSync(this.fd, Buffer.alloc(12)); // the header, written once the count is known
  }

  has(name: string): boolean {
    return this.objects.has(name);
  }

  private entry(name: string, head: number[], deflated: Buffer) {
    const header = Buffer.from(head);
    this.objects.set(name, { offset: this.offset, crc: crc32(deflated, crc32(header)) });
    writeSync(this.fd, header);
    writeSync(this.fd, deflated);
    this.offset += header.length + deflated.length;
  }

  /** Writes an object whole (once); returns its name. */
  add(type: ObjectType, data: Buffer): string {
    const name = objectName(type, data);
    if (!this.objects.has(name)) this.entry(name, entryHeader(TYPES[type], data.length), deflateSync(data));
    return name;
  }

  /** Writes the blob made of the first `length` bytes of `base` (already written, as `baseName`). */
  addPrefix(baseName: string, base: Buffer, length: number): string {
    if (length === base.length) return baseName;
    const name = objectName("blob", base, length);
    if (this.objects.has(name)) return name;
    const at = this.objects.get(baseName);
    if (!at) throw new Error(`the base ${baseName} is not in the pack`);
    const delta = prefixDelta(base.length, length);
    this.entry(
      name,
      [...entryHeader(OFS_DELTA, delta.length), ...baseDistance(this.offset - at.offset)],
      deflateSync(delta),
    );
    return name;
  }

  /** Completes the pack and its index in the pack directory. */
  finish(): void {
    const header = Buffer.alloc(12);
    header.write("PACK", 0, "latin1");
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(this.objects.size, 8);
    writeSync(this.fd, header, 0, 12, 0);
    const hash = createHash("sha1");
    const chunk = Buffer.alloc(1 << 20);
    for (let at = 0; at < this.offset; ) {
      const read = readSync(this.fd, chunk, 0, chunk.length, at);
      hash.update(chunk.subarray(0, read));
      at += read;
    }
    const checksum = hash.digest();
    writeSync(this.fd, checksum, 0, 20, this.offset);
    closeSync(this.fd);
    if (this.offset >= 2 ** 31) throw new Error("pack too large for this writer's index");

    const names = [...this.objects.keys()].sort();
    const fanout = Buffer.alloc(256 * 4);
    let count = 0;
    for (let first = 0, i = 0; first < 256; first++) {
      while (i < names.length && Number.parseInt((names[i] as string).slice(0, 2), 16) === first) i++;
      count = i;
      fanout.writeUInt32BE(count, first * 4);
    }
    const crcs = Buffer.alloc(names.length * 4);
    const offsets = Buffer.alloc(names.length * 4);
    names.forEach((name, i) => {
      const { offset, crc } = this.objects.get(name) as { offset: number; crc: number };
      crcs.writeUInt32BE(crc, i * 4);
      offsets.writeUInt32BE(offset, i * 4);
    });
    const body = Buffer.concat([
      Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]),
      fanout,
      Buffer.concat(names.map((n) => Buffer.from(n, "hex"))),
      crcs,
      offsets,
      checksum,
    ]);
    const idx = Buffer.concat([body, createHash("sha1").update(body).digest()]);
    const base = join(this.packDir, `pack-${checksum.toString("hex")}`);
    const fd = openSync(`${base}.idx`, "w");
    writeSync(fd, idx);
    closeSync(fd);
    renameSync(this.path, `${base}.pack`);
  }
}

/** A tree object from its entries (files 100644, directories 40000), in git's order. */
export function treeData(entries: readonly { name: string; tree: boolean; object: string }[]): Buffer {
  const key = (e: { name: string; tree: boolean }) => (e.tree ? `${e.name}/` : e.name);
  const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return Buffer.concat(
    sorted.flatMap((e) => [
      Buffer.from(`${e.tree ? "40000" : "100644"} ${e.name}\0`),
      Buffer.from(e.object, "hex"),
    ]),
  );
}
