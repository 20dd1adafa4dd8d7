// The floor for the sweep: a Node process that only makes the same platform calls the sweep must
// make (one DeleteUserPolicy per expired grant) with the same SDK, as many at once as the sweep's
// default concurrency. No ledger read, no record written.
// Usage: node bench/sweep-floor.mjs FILE CONCURRENCY   (FILE: one "user policy-name" a line;
// the endpoint and keys come from AWS_ENDPOINT_URL_IAM, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)
import { readFileSync } from "node:fs";
import { DeleteUserPolicyCommand, IAMClient } from "@aws-sdk/client-iam";

const [file, concurrency] = process.argv.slice(2);
const calls = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => line.split(" "));
const iam = new IAMClient({ region: process.env.AWS_REGION ?? "us-east-1" });
let next = 0;
const worker = async () => {
  while (next < calls.length) {
    const [UserName, PolicyName] = calls[next++];
    await iam.send(new DeleteUserPolicyCommand({ UserName, PolicyName }));
  }
};
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
