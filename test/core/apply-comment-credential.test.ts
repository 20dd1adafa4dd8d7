import { describe, expect, it } from "vitest";
import { type ApplyOutcome, credentialsIn, renderApplyComment } from "../../src/core/render/apply-comment.js";
import type { SealedCredential } from "../../src/providers/provider.js";

const ID = "gj-0123456789abcdef0123";
const ARMORED = [
  "-----BEGIN AGE ENCRYPTED FILE-----",
  "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IHNzaC1lZDI1NTE5IGtmSHFmQSBQR3h3",
  "a6YBPLBZnudvMqHizrJ4Tcg4gayjFmt+Fqs6hUMzwF67hJSMBBPH5SU7",
  "-----END AGE ENCRYPTED FILE-----",
  "",
].join("\n");
const SEALED: SealedCredential = {
  username: "octocat_gj_0123456789abcdef0123",
  expiresAt: "2026-12-01T11:00:00Z",
  armored: ARMORED,
  recipients: [
    { type: "ssh-ed25519", fingerprint: "SHA256:kfHqfGSo18itNfcoEtSYCrVvy8pVCPgA9uhMIkEh6xM" },
    { type: "ssh-rsa", fingerprint: "SHA256:7EF+pwAMignq1FHI7h4pja3dSBzNOxRn4MV+4iNIDes" },
  ],
};
const granted = (credential?: SealedCredential): ApplyOutcome => ({
  status: "granted",
  path: "requests/prod-db-login/octocat-payouts.yaml",
  grantId: ID,
  principal: "octocat",
  expiresAt: "2026-12-01T11:00:00Z",
  expiry: "native",
  ...(credential ? { credential } : {}),
});
const already: ApplyOutcome = {
  status: "already",
  path: "requests/prod-db-login/octocat-payouts.yaml",
  grantId: ID,
};

describe("a temporary login's credential on the apply comment", () => {
  it("shows the ciphertext, the keys it opens with, and the command that decrypts and connects", () => {
    const body = renderApplyComment([granted(SEALED)]);
    expect(body).toContain(`\`\`\`\n${ARMORED}\`\`\``);
    expect(body).toContain(`\`\`\`sh\npsql "$(age -d -i ~/.ssh/id_ed25519 ${ID}.age)"\n\`\`\``);
    expect(body).toContain(`Save the block below as <code>${ID.replace("-", "\\-")}\\.age</code>`);
    expect(body).toContain("<code>SHA256:kfHqfGSo18itNfcoEtSYCrVvy8pVCPgA9uhMIkEh6xM</code> ssh\\-ed25519");
    expect(body).toContain("<code>octocat\\_gj\\_0123456789abcdef0123</code>");
    expect(body).toContain("Extending this grant keeps the same password.");
    // Without an ed25519 key, the command names the RSA key.
    const rsaOnly = renderApplyComment([granted({ ...SEALED, recipients: [SEALED.recipients[1] as never] })]);
    expect(rsaOnly).toContain(`psql "$(age -d -i ~/.ssh/id_rsa ${ID}.age)"`);
    // A membership grant has none.
    expect(renderApplyComment([granted()])).not.toContain("age -d");
  });

  it("is carried over by a re-run that finds the grant already done, and only to that grant", () => {
    const first = renderApplyComment([granted(SEALED)]);
    expect(credentialsIn(first)).toEqual(new Map([[ID, SEALED]]));
    const rerun = renderApplyComment([already], { previous: first });
    expect(rerun).toContain("was granted by an earlier run");
    expect(rerun).toContain(ARMORED);
    expect(credentialsIn(rerun)).toEqual(new Map([[ID, SEALED]]));
    // As GitHub may hand the body back, with CRLF line ends.
    expect(credentialsIn(first.replace(/\n/g, "\r\n"))).toEqual(new Map([[ID, SEALED]]));
    const other: ApplyOutcome = { ...already, grantId: "gj-ffffffffffffffffffff" };
    expect(renderApplyComment([other], { previous: first })).not.toContain("BEGIN AGE");
    expect(renderApplyComment([already])).not.toContain("BEGIN AGE");
  });

  it("carries over nothing that is not a well-formed credential section", () => {
    const first = renderApplyComment([granted(SEALED)]);
    const broken = [
      first.replace("-----END AGE ENCRYPTED FILE-----", "<img src=x>\n-----END AGE ENCRYPTED FILE-----"),
      first.replace(`"grant":"${ID}"`, '"grant":"gj-nope"'),
      first.replace('"username":', '"user":'),
      first.replace("<!-- gitjit:credential-end -->", ""),
      first.replace(/<!-- gitjit:credential \{/, "<!-- gitjit:credential {{"),
    ];
    for (const previous of broken) {
      expect(credentialsIn(previous).size, previous).toBe(0);
      expect(renderApplyComment([already], { previous })).not.toContain("BEGIN AGE");
    }
  });

  it("keeps the hidden record a closed HTML comment whatever the login's name", () => {
    const odd = { ...SEALED, username: "a-->b<script>&" };
    const body = renderApplyComment([granted(odd)]);
    const hidden = body.split("\n").find((l) => l.startsWith("<!-- gitjit:credential {")) ?? "";
    expect(hidden.indexOf("-->")).toBe(hidden.length - 3);
    expect(body).not.toContain("<script>");
    expect(credentialsIn(body).get(ID)?.username).toBe("a-->b<script>&");
  });

  it("tells the requester an extension kept the temporary login's password", () => {
    const body = renderApplyComment([
      {
        status: "extended",
        path: "requests/prod-db-login/octocat-more.yaml",
        grantId: ID,
        expiresAt: "2026-12-01T13:00:00Z",
        expiry: "native",
        login: { username: SEALED.username, pr: 7 },
      },
    ]);
    expect(body).toContain(
      "The temporary login <code>octocat\\_gj\\_0123456789abcdef0123</code> keeps its password (delivered on pull request #7)",
    );
    expect(body).not.toContain("BEGIN AGE");
  });
});
