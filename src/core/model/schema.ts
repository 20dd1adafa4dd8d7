/**
 * The request and policy schemas: the one source of truth for both the JSON Schema files in
 * schemas/ (generated, for editors and for the ahead-of-time validators) and the TypeScript types.
 */
import { type Static, Type } from "@sinclair/typebox";
import { GrantSchema, PgIdentifier } from "./grants.js";
import {
  BOT_OR_LOGIN_PATTERN,
  Duration,
  GRANT_ID,
  GUID_PATTERN,
  List,
  LOGIN_PATTERN,
  Login,
  NAME_PATTERN,
  Name,
  SCHEMA_BASE_URL,
  Strict,
  TEAM_PATTERN,
  Text,
  TIMESTAMP_PATTERN,
} from "./primitives.js";

export * from "./grants.js";
export { Login, SCHEMA_BASE_URL };

// ---------------------------------------------------------------- request

export const RequestSchema = Type.Object(
  {
    profile: Name("The eligibility profile from the policy. The file must sit in requests/<profile>/."),
    requester: Login("The GitHub login of the person asking; must be the pull request's author."),
    duration: Type.Optional(
      Duration("How long the access lasts; capped by the profile. Default: the profile's."),
    ),
    justification: Text("Why the access is needed; read by approvers and auditors.", 2000),
    ticket: Type.Optional(
      Type.String({
        description: "A ticket or incident reference, checked against the profile's pattern.",
        minLength: 1,
        maxLength: 128,
      }),
    ),
    start: Type.Optional(
      Type.String({
        description: "A scheduled start (RFC 3339, with Z or an offset), if the profile allows scheduling.",
        pattern: TIMESTAMP_PATTERN,
        maxLength: 40,
      }),
    ),
    extends: Type.Optional(
      Type.String({
        description:
          "The id of one of your active grants (gj-…) to extend instead of asking for a new one: the expiry moves by `duration`, with no gap. Cannot be combined with `start`.",
        pattern: GRANT_ID,
        maxLength: 23,
      }),
    ),
  },
  {
    $id: `${SCHEMA_BASE_URL}/request.schema.json`,
    title: "gitjit access request",
    description: "One request for just-in-time access, added in a pull request under requests/<profile>/.",
    additionalProperties: false,
  },
);
export type AccessRequest = Static<typeof RequestSchema>;

// ---------------------------------------------------------------- revoke

export const RevokeSchema = Type.Object(
  {
    requester: Login(
      "The GitHub login asking for the revoke; must be the pull request's author. The grant's own requester needs no approval; anyone else needs the profile's approvers or the admins.",
    ),
    reason: Text("Why the access should end now; read by approvers and auditors.", 2000),
  },
  {
    $id: `${SCHEMA_BASE_URL}/revoke.schema.json`,
    title: "gitjit early revoke",
    description: "Ends an active grant before its expiry. The file is revokes/<grant id>.yaml.",
    additionalProperties: false,
  },
);
export type RevokeRequest = Static<typeof RevokeSchema>;

// ---------------------------------------------------------------- policy

const GroupRef = Name("A group's name from groups.");

const ApprovalStep = Strict(
  {
    groups: List(GroupRef, "Groups whose members may approve this step.", 20),
    count: Type.Integer({ description: "Distinct approvers needed for this step.", minimum: 1, maximum: 10 }),
  },
  "One approval step: `count` distinct people from `groups`, none counted in another step.",
);

const Profile = Strict(
  {
    description: Type.Optional(Text("What the profile is for, shown to requesters and approvers.", 500)),
    eligible: List(GroupRef, "Groups whose members may request this profile.", 50),
    grant: GrantSchema,
    duration: Strict(
      {
        default: Duration("Used when a request names no duration."),
        max: Duration("The longest a request may ask for."),
        cumulative: Type.Optional(
          Type.Boolean({
            description:
              "When true, extensions count toward max: a grant, from its start to its extended expiry, may not last longer than max. Default false (each request is capped by max on its own).",
          }),
        ),
      },
      "Duration rules.",
    ),
    justification: Type.Optional(
      Strict(
        {
          minLength: Type.Integer({
            description:
              "Fewest visible characters a justification may have (whitespace, zero-width and other invisible characters do not count). Default 10.",
            minimum: 0,
            maximum: 2000,
          }),
        },
        "Justification rules.",
      ),
    ),
    ticket: Type.Optional(
      Strict(
        {
          required: Type.Boolean({ description: "Whether a ticket reference is required." }),
          pattern: Type.Optional(
            Type.String({
              description: "A regular expression the ticket must match in full.",
              maxLength: 200,
            }),
          ),
        },
        "Ticket rules.",
      ),
    ),
    schedule: Type.Optional(
      Strict(
        {
          allowed: Type.Boolean({ description: "Whether a request may name a future start." }),
          horizon: Type.Optional(Duration("How far ahead a start may be. Default 7d.")),
        },
        "Scheduled start rules.",
      ),
    ),
    approval: Strict(
      {
        steps: Type.Array(ApprovalStep, {
          description: "Ordered steps; every step must be met, each by different people.",
          minItems: 0,
          maxItems: 5,
        }),
        selfApproval: Type.Optional(
          Type.Boolean({ description: "Whether the requester may count as an approver. Default false." }),
        ),
        autoApprove: Type.Optional(
          Strict(
            {
              upTo: Type.Optional(
                Duration("Requests no longer than this need no approval. Omit: any duration."),
              ),
            },
            "Auto-approval: matching requests need no approver.",
          ),
        ),
      },
      "Who must approve a request for this profile.",
    ),
  },
  "An eligibility profile: who may ask, for what, for how long, approved by whom.",
);

const Identity = Strict(
  {
    aws: Type.Optional(
      Type.String({
        description: "IAM user or role ARN.",
        pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:(user|role)/[A-Za-z0-9+=,.@_/-]{1,512}$",
        maxLength: 600,
      }),
    ),
    awsIdentityCenter: Type.Optional(
      Type.String({
        description: "IAM Identity Center user id.",
        pattern:
          "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$",
        maxLength: 47,
      }),
    ),
    gcp: Type.Optional(
      Type.String({
        description: "IAM member, e.g. user:alice@example.com or serviceAccount:x@p.iam.gserviceaccount.com.",
        pattern: "^(user|serviceAccount|group):[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}$",
        maxLength: 330,
      }),
    ),
    azure: Type.Optional(
      Type.String({ description: "Microsoft Entra object id (GUID).", pattern: GUID_PATTERN, maxLength: 36 }),
    ),
    postgres: Type.Optional(PgIdentifier("PostgreSQL login role.")),
  },
  "The principals of one person, per platform.",
);

const LedgerKey = Strict(
  {
    id: Name(
      "The key's name, carried by every signature it makes. Never rename or remove a key that signed: its records would no longer verify.",
    ),
    publicKey: Type.String({
      description:
        "The Ed25519 public key: PEM (-----BEGIN PUBLIC KEY-----), or the base64 of its DER (SPKI) form. Its private half is a secret of the jit environment (GITJIT_LEDGER_SIGNING_KEY).",
      minLength: 40,
      maxLength: 1000,
    }),
    from: Type.String({
      description:
        "From when it may sign (inclusive), RFC 3339. The earliest key's `from` is when signing began: every record dated after it must be signed.",
      pattern: TIMESTAMP_PATTERN,
      maxLength: 40,
    }),
    until: Type.Optional(
      Type.String({
        description:
          "Until when it may sign (exclusive), RFC 3339; set it when rotating to a new key, or to the moment a key leaked.",
        pattern: TIMESTAMP_PATTERN,
        maxLength: 40,
      }),
    ),
  },
  "A key that may sign the ledger, and the period it may sign in.",
);

export const PolicyFileSchema = Type.Object(
  {
    version: Type.Optional(Type.Literal(1, { description: "Policy format version." })),
    admins: Type.Optional(
      Strict(
        {
          groups: List(GroupRef, "Groups whose members approve governance changes.", 20),
          count: Type.Integer({
            description: "Distinct admins needed for a governance change.",
            minimum: 1,
            maximum: 10,
          }),
        },
        "Who approves changes to policies/, schemas/, CODEOWNERS and .github/.",
      ),
    ),
    ledger: Type.Optional(
      Strict(
        {
          keys: Type.Array(LedgerKey, {
            description:
              "The keys the ledger's commits are signed with, current and retired: apply and sweep sign with the current one, and audit verify checks every signature against these.",
            minItems: 1,
            maxItems: 50,
          }),
        },
        "The ledger's writer: who may sign the audit log.",
      ),
    ),
    identities: Type.Optional(
      Type.Record(Type.String({ pattern: LOGIN_PATTERN }), Identity, {
        description: "GitHub login → that person's principals. The principal is never taken from a request.",
        additionalProperties: false,
        maxProperties: 100000,
      }),
    ),
    groups: Type.Optional(
      Type.Record(
        Type.String({ pattern: NAME_PATTERN }),
        Strict(
          {
            description: Type.Optional(Text("What the group is.", 500)),
            members: Type.Optional(
              List(
                Type.String({ description: "A GitHub login.", pattern: BOT_OR_LOGIN_PATTERN, maxLength: 45 }),
                "GitHub logins in the group.",
                10000,
              ),
            ),
            teams: Type.Optional(
              List(
                Type.String({
                  description: "A GitHub team, @org/team-slug.",
                  pattern: TEAM_PATTERN,
                  maxLength: 141,
                }),
                "GitHub teams whose members are in the group.",
                100,
              ),
            ),
          },
          "A named set of people: logins and/or GitHub teams.",
        ),
        { description: "Named groups of people.", additionalProperties: false, maxProperties: 10000 },
      ),
    ),
    profiles: Type.Optional(
      Type.Record(Type.String({ pattern: NAME_PATTERN }), Profile, {
        description: "Eligibility profiles, by name (the request folder's name).",
        additionalProperties: false,
        maxProperties: 10000,
      }),
    ),
  },
  {
    $id: `${SCHEMA_BASE_URL}/policy.schema.json`,
    title: "gitjit policy",
    description: "One file of the policy in policies/. Files are merged; a name may be defined only once.",
    additionalProperties: false,
  },
);
export type PolicyFile = Static<typeof PolicyFileSchema>;
export type ProfilePolicy = Static<typeof Profile>;
export type IdentityEntry = Static<typeof Identity>;
export type IdentityKind = keyof IdentityEntry;
export type ApprovalStepPolicy = Static<typeof ApprovalStep>;
export type LedgerKeyEntry = Static<typeof LedgerKey>;
