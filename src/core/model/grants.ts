/** What a profile grants: one closed shape per provider, told apart by `provider`. */
import { type Static, type TLiteral, type TObject, type TSchema, Type } from "@sinclair/typebox";
import { GUID_PATTERN, List, Login, Strict } from "./primitives.js";

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

export const PgIdentifier = (description: string) =>
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
