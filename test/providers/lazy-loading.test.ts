import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PROVIDER_IDS } from "../../src/core/model/schema.js";
import { loadProvider } from "../../src/providers/registry.js";
import { testContext } from "../support/grants.js";
import { PROJECT_ROOT } from "../support/repo.js";

const CLOUD_SDK = /^(@aws-sdk\/|@smithy\/|@google-cloud\/|google-auth-library|google-gax|@azure\/)/;

/** Every package a module reaches through static imports (dynamic import() is not followed). */
function staticPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)) {
      if (!specifier) continue;
      if (!specifier.startsWith(".")) packages.add(specifier);
      else {
        const target = resolve(dirname(file), specifier);
        visit(existsSync(target) ? target : target.replace(/\.js$/, ".ts"));
      }
    }
  };
  visit(join(PROJECT_ROOT, entry));
  return packages;
}

describe("cloud SDKs load only when a grant is carried out", () => {
  it("validate and plan reach no cloud SDK", () => {
    for (const entry of [
      "src/cli/main.ts",
      "src/cli/plan.ts",
      "src/commands/plan.ts",
      "src/cli/validate.ts",
    ]) {
      const cloud = [...staticPackages(entry)].filter((p) => CLOUD_SDK.test(p));
      expect(cloud, entry).toEqual([]);
    }
  });

  it("the providers themselves do reach their SDKs (so the check above can see one)", () => {
    expect([...staticPackages("src/providers/aws/iam.ts")]).toContain("@aws-sdk/client-iam");
    expect([...staticPackages("src/providers/gcp/iam.ts")]).toContain("@google-cloud/resource-manager");
    expect([...staticPackages("src/providers/azure/pim.ts")]).toContain("@azure/arm-authorization");
  });

  it("every cloud provider is registered, under its own id, with its expiry enforcement", async () => {
    const expected = {
      "aws-iam": "native",
      "aws-iam-managed": "sweep",
      "aws-identity-center": "sweep",
      "gcp-iam": "native",
      "azure-pim": "native",
      "azure-role-assignment": "sweep",
    } as const;
    for (const [id, expiry] of Object.entries(expected)) {
      expect(PROVIDER_IDS).toContain(id);
      const provider = await loadProvider(id as keyof typeof expected, testContext());
      expect({ id: provider.id, expiry: provider.expiry }).toEqual({ id, expiry });
    }
  });
});
