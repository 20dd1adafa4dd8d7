/**
 * Per-grant passwords. The server is sent a SCRAM-SHA-256 verifier (RFC 5802/7677, the format
 * PostgreSQL stores in pg_authid), never the password itself, so it cannot surface in the
 * server's statement log or pg_stat_activity. PostgreSQL stores a verifier it is given as it is.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";

const ITERATIONS = 4096;

/** 32 random bytes, base64url: 256 bits, no characters that need quoting in a URL or a shell. */
export function randomPassword(): string {
  return randomBytes(32).toString("base64url");
}

/** SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>, as libpq's PQencryptPasswordConn makes it. */
export function scramVerifier(
  password: string,
  salt: Buffer = randomBytes(16),
  iterations = ITERATIONS,
): string {
  // SASLprep is the identity for the ASCII passwords randomPassword() makes.
  const salted = pbkdf2Sync(password.normalize("NFKC"), salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest();
  const serverKey = createHmac("sha256", salted).update("Server Key").digest();
  const b64 = (b: Buffer) => b.toString("base64");
  return `SCRAM-SHA-256$${iterations}:${b64(salt)}$${b64(storedKey)}:${b64(serverKey)}`;
}
