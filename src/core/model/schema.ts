/**
 * The request and policy schemas: the one source of truth for both the JSON Schema files in
 * schemas/ (generated, for editors and for the ahead-of-time validators) and the TypeScript types.
 */
import { type Static, type TLiteral, type TObject, type TSchema, Type } from "@sinclair/typebox";

export const SCHEMA_BASE_URL = "https://gitjit.dev/schemas";

// GitHub logins: ASCII letters, digits and hyphens, at most 39, no leading or trailing hyphen.
// ASCII-only on purpose: a look-alike (Cyrillic "о" for "o") must fail here, not slip through.
const LOGIN_PATTERN = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$";
const BOT_OR_LOGIN_PATTERN = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\\[bot\\])?$";
const TEAM_PATTERN = "^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";
const NAME_PATTERN = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";
const GUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
const GRANT_ID = "^gj-[0-9a-f]{20}$";
const TIMESTAMP_PATTERN =
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})$";

export const Login = (description: string) =>
  Type.String({ description, pattern: LOGIN_PATTERN, minLength: 1, maxLength: 39 });
const Name = (description: string) =>
  Type.String({ description, pattern: NAME_PATTERN, minLength: 1, maxLength: 64 });
const Duration = (description: string) =>
  Type.String({
    description: `${description} Written as 90m, 2h, 1h30m, 7d or ISO 8601 (PT2H, P1D).`,
    minLength: 1,
    maxLength: 32,
  });
const Text = (description: string, maxLength: number) =>
  Type.String({ description, minLength: 1, maxLength });
const List = <T extends TSchema>(items: T, description: string, maxItems: number) =>
  Type.Array(items, { description, minItems: 1, maxItems, uniqueItems: true });
const Strict = <P extends Record<string, TSchema>>(properties: P, description: string) =>
  Type.Object(properties, { description, additionalProperties: false });

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

// ---------------------------------------------------------------- grants, one shape per provider

const ProviderTag = <T extends string>(id: T, description: string): TLiteral<T> =>
  Type.Literal(id, { description: `Provider: ${description}` });

const AwsAccount = Type.String({
  description: "The 12-digit AWS account id.",
  pattern: "^[0-9]{12}$",
  minLength: 12,
  maxLength: 12,
});

export const AwsIamGrant = Strict(
  {
    provider: ProviderTag(
      "aws-iam",
      "an inline IAM policy on the user or role, expiring by aws:CurrentTime.",
    ),
    account: AwsAccount,
    statements: Type.Array(
      Strict(
        {
          actions: List(
            Type.String({
              description: "An IAM action such as s3:GetObject (wildcards allowed).",
              pattern: "^[a-z0-9-]+:[A-Za-z0-9*?]+$",
              maxLength: 128,
            }),
            "IAM actions allowed.",
            100,
          ),
          resources: List(
            Type.String({ description: "A resource ARN or *.", pattern: "^(\\*|arn:.+)$", maxLength: 2048 }),
            "Resource ARNs the actions apply to.",
            100,
          ),
        },
        "An Allow statement; gitjit adds the time condition.",
      ),
      { description: "Allow statements granted for the duration.", minItems: 1, maxItems: 20 },
    ),
  },
  "AWS IAM inline policy grant.",
);

export const AwsIamManagedGrant = Strict(
  {
    provider: ProviderTag("aws-iam-managed", "attach a managed policy; the sweep removes it."),
    account: AwsAccount,
    policyArn: Type.String({
      description: "The managed policy's ARN.",
      pattern: "^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/[A-Za-z0-9+=,.@_/-]+$",
      maxLength: 2048,
    }),
  },
  "AWS IAM managed policy attachment.",
);

export const AwsIdentityCenterGrant = Strict(
  {
    provider: ProviderTag(
      "aws-identity-center",
      "an IAM Identity Center account assignment; the sweep removes it.",
    ),
    account: AwsAccount,
    instanceArn: Type.String({
      description: "The Identity Center instance ARN.",
      pattern: "^arn:aws[a-z-]*:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$",
      maxLength: 1224,
    }),
    permissionSetArn: Type.String({
      description: "The permission set ARN.",
      pattern: "^arn:aws[a-z-]*:sso:::permissionSet/(sso)?ins-[a-zA-Z0-9-.]{16}/ps-[a-zA-Z0-9-./]{16}$",
      maxLength: 1224,
    }),
  },
  "AWS IAM Identity Center account assignment.",
);

export const GcpIamGrant = Strict(
  {
    provider: ProviderTag("gcp-iam", "a conditional IAM binding that expires by request.time."),
    resource: Type.String({
      description: "projects/<id>, folders/<number> or organizations/<number>.",
      pattern: "^(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]|folders/[0-9]{1,20}|organizations/[0-9]{1,20})$",
      maxLength: 64,
    }),
    role: Type.String({
      description: "A predefined role (roles/...) or a custom role. Basic roles are refused.",
      pattern:
        "^(roles/[A-Za-z0-9_.]{1,100}|projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/roles/[A-Za-z0-9_.]{3,64}|organizations/[0-9]{1,20}/roles/[A-Za-z0-9_.]{3,64})$",
      maxLength: 200,
    }),
  },
  "GCP IAM conditional role binding.",
);

const AzureScope = Type.String({
  description:
    "The ARM scope: /subscriptions/<id>[/resourceGroups/<name>[/providers/...]] or a management group.",
  pattern:
    "^/(subscriptions/[0-9a-fA-F-]{36}(/[A-Za-z0-9._()~-]+)*|providers/Microsoft\\.Management/managementGroups/[A-Za-z0-9._()-]+)$",
  maxLength: 1024,
});
const AzureRole = Type.String({
  description: "The role definition's GUID (for example acdd72a7-3385-48ef-bd42-f606fba81ae7 for Reader).",
  pattern: GUID_PATTERN,
  maxLength: 36,
});

export const AzurePimGrant = Strict(
  {
    provider: ProviderTag("azure-pim", "a PIM role assignment schedule request with an expiration."),
    scope: AzureScope,
    roleDefinitionId: AzureRole,
  },
  "Azure RBAC through Privileged Identity Management.",
);

export const AzureRoleAssignmentGrant = Strict(
  {
    provider: ProviderTag("azure-role-assignment", "a plain role assignment; the sweep removes it."),
    scope: AzureScope,
    roleDefinitionId: AzureRole,
  },
  "Azure RBAC role assignment, for tenants without PIM.",
);

export const GithubTeamGrant = Strict(
  {
    provider: ProviderTag("github-team", "temporary membership of a GitHub team; the sweep removes it."),
    org: Login("The GitHub organisation."),
    team: Type.String({
      description: "The team's slug.",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
      maxLength: 100,
    }),
    role: Type.Optional(
      Type.Union([Type.Literal("member"), Type.Literal("maintainer")], {
        description: "Team role granted. Default: member.",
      }),
    ),
    exclusive: Type.Optional(
      Type.Boolean({
        description:
          "Whether everyone in the team is there through gitjit. GitHub cannot tag a membership, so only then can reconcile remove members who hold no active grant. Default false.",
      }),
    ),
  },
  "GitHub team membership.",
);

const PgIdentifier = (description: string) =>
  Type.String({ description, pattern: "^[A-Za-z_][A-Za-z0-9_$-]{0,62}$", maxLength: 63 });

export const PostgresGrant = Strict(
  {
    provider: ProviderTag("postgres", "membership of a PostgreSQL role."),
    connection: Type.String({
      description: "The environment variable holding the server's connection URL (never the URL itself).",
      pattern: "^[A-Z_][A-Z0-9_]{0,63}$",
      maxLength: 64,
    }),
    role: PgIdentifier("The role granted (GRANT <role> TO <login>)."),
    mode: Type.Optional(
      Type.Union([Type.Literal("membership"), Type.Literal("temporary-login")], {
        description:
          "membership (default): the requester's own login gets the role through a per-grant role; the sweep ends it. " +
          "temporary-login: a per-grant login with a random password and VALID UNTIL, so PostgreSQL itself refuses " +
          "new password logins after the expiry; the sweep ends open sessions and drops it.",
      }),
    ),
  },
  "PostgreSQL role membership.",
);

const grantVariants = [
  AwsIamGrant,
  AwsIamManagedGrant,
  AwsIdentityCenterGrant,
  GcpIamGrant,
  AzurePimGrant,
  AzureRoleAssignmentGrant,
  GithubTeamGrant,
  PostgresGrant,
] as const;

/** oneOf + discriminator: ajv picks the variant by `provider`, so errors name that variant's fields only. */
type Variant = TObject<{ provider: TLiteral<string> } & Record<string, TSchema>>;
function discriminated<V extends readonly Variant[]>(variants: V, description: string) {
  return Type.Unsafe<Static<V[number]>>({
    description,
    type: "object",
    discriminator: { propertyName: "provider" },
    properties: {
      provider: {
        description: "The platform and mechanism of the grant.",
        enum: variants.map((v) => v.properties.provider.const),
      },
    },
    required: ["provider"],
    oneOf: [...variants],
  });
}

export const GrantSchema = discriminated(
  grantVariants,
  "What is granted, where. `provider` picks the shape.",
);
export type Grant = Static<(typeof grantVariants)[number]>;
export type ProviderId = Grant["provider"];
export const PROVIDER_IDS: readonly ProviderId[] = grantVariants.map((v) => v.properties.provider.const);

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
            description: "Fewest characters a justification may have. Default 10.",
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
