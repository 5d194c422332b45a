
/**
 * Client
**/

import * as runtime from './runtime/client.js';
import $Types = runtime.Types // general types
import $Public = runtime.Types.Public
import $Utils = runtime.Types.Utils
import $Extensions = runtime.Types.Extensions
import $Result = runtime.Types.Result

export type PrismaPromise<T> = $Public.PrismaPromise<T>


/**
 * Model Deployment
 * 
 */
export type Deployment = $Result.DefaultSelection<Prisma.$DeploymentPayload>
/**
 * Model ItemState
 * 
 */
export type ItemState = $Result.DefaultSelection<Prisma.$ItemStatePayload>
/**
 * Model AuditEvent
 * Append-only: who did what, when.
 */
export type AuditEvent = $Result.DefaultSelection<Prisma.$AuditEventPayload>
/**
 * Model SlackMessage
 * Which Slack message shows which part of a deployment (the card, phase P page N, a probe report…).
 */
export type SlackMessage = $Result.DefaultSelection<Prisma.$SlackMessagePayload>
/**
 * Model Job
 * Due work: Slack effects (the outbox) and scheduled check-ins and reminders. Claimed atomically with a lease.
 */
export type Job = $Result.DefaultSelection<Prisma.$JobPayload>
/**
 * Model RoleAssignment
 * 
 */
export type RoleAssignment = $Result.DefaultSelection<Prisma.$RoleAssignmentPayload>
/**
 * Model SignOff
 * 
 */
export type SignOff = $Result.DefaultSelection<Prisma.$SignOffPayload>
/**
 * Model ProbeRun
 * 
 */
export type ProbeRun = $Result.DefaultSelection<Prisma.$ProbeRunPayload>
/**
 * Model Verification
 * Post-deployment verification by a role the template names: issues found and the state of the release.
 */
export type Verification = $Result.DefaultSelection<Prisma.$VerificationPayload>
/**
 * Model CheckInRecord
 * One post-launch check-in of a deployment: when it was sent, snoozed, escalated and how it was answered.
 */
export type CheckInRecord = $Result.DefaultSelection<Prisma.$CheckInRecordPayload>

/**
 * ##  Prisma Client ʲˢ
 *
 * Type-safe database client for TypeScript & Node.js
 * @example
 * ```
 * const prisma = new PrismaClient()
 * // Fetch zero or more Deployments
 * const deployments = await prisma.deployment.findMany()
 * ```
 *
 *
 * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
 */
export class PrismaClient<
  ClientOptions extends Prisma.PrismaClientOptions = Prisma.PrismaClientOptions,
  const U = 'log' extends keyof ClientOptions ? ClientOptions['log'] extends Array<Prisma.LogLevel | Prisma.LogDefinition> ? Prisma.GetEvents<ClientOptions['log']> : never : never,
  ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs
> {
  [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['other'] }

    /**
   * ##  Prisma Client ʲˢ
   *
   * Type-safe database client for TypeScript & Node.js
   * @example
   * ```
   * const prisma = new PrismaClient()
   * // Fetch zero or more Deployments
   * const deployments = await prisma.deployment.findMany()
   * ```
   *
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client).
   */

  constructor(optionsArg ?: Prisma.Subset<ClientOptions, Prisma.PrismaClientOptions>);
  $on<V extends U>(eventType: V, callback: (event: V extends 'query' ? Prisma.QueryEvent : Prisma.LogEvent) => void): PrismaClient;

  /**
   * Connect with the database
   */
  $connect(): $Utils.JsPromise<void>;

  /**
   * Disconnect from the database
   */
  $disconnect(): $Utils.JsPromise<void>;

/**
   * Executes a prepared raw query and returns the number of affected rows.
   * @example
   * ```
   * const result = await prisma.$executeRaw`UPDATE User SET cool = ${true} WHERE email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Executes a raw query and returns the number of affected rows.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$executeRawUnsafe('UPDATE User SET cool = $1 WHERE email = $2 ;', true, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $executeRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<number>;

  /**
   * Performs a prepared raw query and returns the `SELECT` data.
   * @example
   * ```
   * const result = await prisma.$queryRaw`SELECT * FROM User WHERE id = ${1} OR email = ${'user@email.com'};`
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: any[]): Prisma.PrismaPromise<T>;

  /**
   * Performs a raw query and returns the `SELECT` data.
   * Susceptible to SQL injections, see documentation.
   * @example
   * ```
   * const result = await prisma.$queryRawUnsafe('SELECT * FROM User WHERE id = $1 OR email = $2;', 1, 'user@email.com')
   * ```
   *
   * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/raw-database-access).
   */
  $queryRawUnsafe<T = unknown>(query: string, ...values: any[]): Prisma.PrismaPromise<T>;


  /**
   * Allows the running of a sequence of read/write operations that are guaranteed to either succeed or fail as a whole.
   * @example
   * ```
   * const [george, bob, alice] = await prisma.$transaction([
   *   prisma.user.create({ data: { name: 'George' } }),
   *   prisma.user.create({ data: { name: 'Bob' } }),
   *   prisma.user.create({ data: { name: 'Alice' } }),
   * ])
   * ```
   * 
   * Read more in our [docs](https://www.prisma.io/docs/concepts/components/prisma-client/transactions).
   */
  $transaction<P extends Prisma.PrismaPromise<any>[]>(arg: [...P], options?: { isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<runtime.Types.Utils.UnwrapTuple<P>>

  $transaction<R>(fn: (prisma: Omit<PrismaClient, runtime.ITXClientDenyList>) => $Utils.JsPromise<R>, options?: { maxWait?: number, timeout?: number, isolationLevel?: Prisma.TransactionIsolationLevel }): $Utils.JsPromise<R>


  $extends: $Extensions.ExtendsHook<"extends", Prisma.TypeMapCb<ClientOptions>, ExtArgs, $Utils.Call<Prisma.TypeMapCb<ClientOptions>, {
    extArgs: ExtArgs
  }>>

      /**
   * `prisma.deployment`: Exposes CRUD operations for the **Deployment** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Deployments
    * const deployments = await prisma.deployment.findMany()
    * ```
    */
  get deployment(): Prisma.DeploymentDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.itemState`: Exposes CRUD operations for the **ItemState** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more ItemStates
    * const itemStates = await prisma.itemState.findMany()
    * ```
    */
  get itemState(): Prisma.ItemStateDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.auditEvent`: Exposes CRUD operations for the **AuditEvent** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more AuditEvents
    * const auditEvents = await prisma.auditEvent.findMany()
    * ```
    */
  get auditEvent(): Prisma.AuditEventDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.slackMessage`: Exposes CRUD operations for the **SlackMessage** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more SlackMessages
    * const slackMessages = await prisma.slackMessage.findMany()
    * ```
    */
  get slackMessage(): Prisma.SlackMessageDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.job`: Exposes CRUD operations for the **Job** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Jobs
    * const jobs = await prisma.job.findMany()
    * ```
    */
  get job(): Prisma.JobDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.roleAssignment`: Exposes CRUD operations for the **RoleAssignment** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more RoleAssignments
    * const roleAssignments = await prisma.roleAssignment.findMany()
    * ```
    */
  get roleAssignment(): Prisma.RoleAssignmentDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.signOff`: Exposes CRUD operations for the **SignOff** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more SignOffs
    * const signOffs = await prisma.signOff.findMany()
    * ```
    */
  get signOff(): Prisma.SignOffDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.probeRun`: Exposes CRUD operations for the **ProbeRun** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more ProbeRuns
    * const probeRuns = await prisma.probeRun.findMany()
    * ```
    */
  get probeRun(): Prisma.ProbeRunDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.verification`: Exposes CRUD operations for the **Verification** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more Verifications
    * const verifications = await prisma.verification.findMany()
    * ```
    */
  get verification(): Prisma.VerificationDelegate<ExtArgs, ClientOptions>;

  /**
   * `prisma.checkInRecord`: Exposes CRUD operations for the **CheckInRecord** model.
    * Example usage:
    * ```ts
    * // Fetch zero or more CheckInRecords
    * const checkInRecords = await prisma.checkInRecord.findMany()
    * ```
    */
  get checkInRecord(): Prisma.CheckInRecordDelegate<ExtArgs, ClientOptions>;
}

export namespace Prisma {
  export import DMMF = runtime.DMMF

  export type PrismaPromise<T> = $Public.PrismaPromise<T>

  /**
   * Validator
   */
  export import validator = runtime.Public.validator

  /**
   * Prisma Errors
   */
  export import PrismaClientKnownRequestError = runtime.PrismaClientKnownRequestError
  export import PrismaClientUnknownRequestError = runtime.PrismaClientUnknownRequestError
  export import PrismaClientRustPanicError = runtime.PrismaClientRustPanicError
  export import PrismaClientInitializationError = runtime.PrismaClientInitializationError
  export import PrismaClientValidationError = runtime.PrismaClientValidationError

  /**
   * Re-export of sql-template-tag
   */
  export import sql = runtime.sqltag
  export import empty = runtime.empty
  export import join = runtime.join
  export import raw = runtime.raw
  export import Sql = runtime.Sql



  /**
   * Decimal.js
   */
  export import Decimal = runtime.Decimal

  export type DecimalJsLike = runtime.DecimalJsLike

  /**
   * Metrics
   */
  export type Metrics = runtime.Metrics
  export type Metric<T> = runtime.Metric<T>
  export type MetricHistogram = runtime.MetricHistogram
  export type MetricHistogramBucket = runtime.MetricHistogramBucket

  /**
  * Extensions
  */
  export import Extension = $Extensions.UserArgs
  export import getExtensionContext = runtime.Extensions.getExtensionContext
  export import Args = $Public.Args
  export import Payload = $Public.Payload
  export import Result = $Public.Result
  export import Exact = $Public.Exact

  /**
   * Prisma Client JS version: 6.19.3
   * Query Engine version: c2990dca591cba766e3b7ef5d9e8a84796e47ab7
   */
  export type PrismaVersion = {
    client: string
  }

  export const prismaVersion: PrismaVersion

  /**
   * Utility Types
   */


  export import Bytes = runtime.Bytes
  export import JsonObject = runtime.JsonObject
  export import JsonArray = runtime.JsonArray
  export import JsonValue = runtime.JsonValue
  export import InputJsonObject = runtime.InputJsonObject
  export import InputJsonArray = runtime.InputJsonArray
  export import InputJsonValue = runtime.InputJsonValue

  /**
   * Types of the values used to represent different kinds of `null` values when working with JSON fields.
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  namespace NullTypes {
    /**
    * Type of `Prisma.DbNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.DbNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class DbNull {
      private DbNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.JsonNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.JsonNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class JsonNull {
      private JsonNull: never
      private constructor()
    }

    /**
    * Type of `Prisma.AnyNull`.
    *
    * You cannot use other instances of this class. Please use the `Prisma.AnyNull` value.
    *
    * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
    */
    class AnyNull {
      private AnyNull: never
      private constructor()
    }
  }

  /**
   * Helper for filtering JSON entries that have `null` on the database (empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const DbNull: NullTypes.DbNull

  /**
   * Helper for filtering JSON entries that have JSON `null` values (not empty on the db)
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const JsonNull: NullTypes.JsonNull

  /**
   * Helper for filtering JSON entries that are `Prisma.DbNull` or `Prisma.JsonNull`
   *
   * @see https://www.prisma.io/docs/concepts/components/prisma-client/working-with-fields/working-with-json-fields#filtering-on-a-json-field
   */
  export const AnyNull: NullTypes.AnyNull

  type SelectAndInclude = {
    select: any
    include: any
  }

  type SelectAndOmit = {
    select: any
    omit: any
  }

  /**
   * Get the type of the value, that the Promise holds.
   */
  export type PromiseType<T extends PromiseLike<any>> = T extends PromiseLike<infer U> ? U : T;

  /**
   * Get the return type of a function which returns a Promise.
   */
  export type PromiseReturnType<T extends (...args: any) => $Utils.JsPromise<any>> = PromiseType<ReturnType<T>>

  /**
   * From T, pick a set of properties whose keys are in the union K
   */
  type Prisma__Pick<T, K extends keyof T> = {
      [P in K]: T[P];
  };


  export type Enumerable<T> = T | Array<T>;

  export type RequiredKeys<T> = {
    [K in keyof T]-?: {} extends Prisma__Pick<T, K> ? never : K
  }[keyof T]

  export type TruthyKeys<T> = keyof {
    [K in keyof T as T[K] extends false | undefined | null ? never : K]: K
  }

  export type TrueKeys<T> = TruthyKeys<Prisma__Pick<T, RequiredKeys<T>>>

  /**
   * Subset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection
   */
  export type Subset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never;
  };

  /**
   * SelectSubset
   * @desc From `T` pick properties that exist in `U`. Simple version of Intersection.
   * Additionally, it validates, if both select and include are present. If the case, it errors.
   */
  export type SelectSubset<T, U> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    (T extends SelectAndInclude
      ? 'Please either choose `select` or `include`.'
      : T extends SelectAndOmit
        ? 'Please either choose `select` or `omit`.'
        : {})

  /**
   * Subset + Intersection
   * @desc From `T` pick properties that exist in `U` and intersect `K`
   */
  export type SubsetIntersection<T, U, K> = {
    [key in keyof T]: key extends keyof U ? T[key] : never
  } &
    K

  type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };

  /**
   * XOR is needed to have a real mutually exclusive union type
   * https://stackoverflow.com/questions/42123407/does-typescript-support-mutually-exclusive-types
   */
  type XOR<T, U> =
    T extends object ?
    U extends object ?
      (Without<T, U> & U) | (Without<U, T> & T)
    : U : T


  /**
   * Is T a Record?
   */
  type IsObject<T extends any> = T extends Array<any>
  ? False
  : T extends Date
  ? False
  : T extends Uint8Array
  ? False
  : T extends BigInt
  ? False
  : T extends object
  ? True
  : False


  /**
   * If it's T[], return T
   */
  export type UnEnumerate<T extends unknown> = T extends Array<infer U> ? U : T

  /**
   * From ts-toolbelt
   */

  type __Either<O extends object, K extends Key> = Omit<O, K> &
    {
      // Merge all but K
      [P in K]: Prisma__Pick<O, P & keyof O> // With K possibilities
    }[K]

  type EitherStrict<O extends object, K extends Key> = Strict<__Either<O, K>>

  type EitherLoose<O extends object, K extends Key> = ComputeRaw<__Either<O, K>>

  type _Either<
    O extends object,
    K extends Key,
    strict extends Boolean
  > = {
    1: EitherStrict<O, K>
    0: EitherLoose<O, K>
  }[strict]

  type Either<
    O extends object,
    K extends Key,
    strict extends Boolean = 1
  > = O extends unknown ? _Either<O, K, strict> : never

  export type Union = any

  type PatchUndefined<O extends object, O1 extends object> = {
    [K in keyof O]: O[K] extends undefined ? At<O1, K> : O[K]
  } & {}

  /** Helper Types for "Merge" **/
  export type IntersectOf<U extends Union> = (
    U extends unknown ? (k: U) => void : never
  ) extends (k: infer I) => void
    ? I
    : never

  export type Overwrite<O extends object, O1 extends object> = {
      [K in keyof O]: K extends keyof O1 ? O1[K] : O[K];
  } & {};

  type _Merge<U extends object> = IntersectOf<Overwrite<U, {
      [K in keyof U]-?: At<U, K>;
  }>>;

  type Key = string | number | symbol;
  type AtBasic<O extends object, K extends Key> = K extends keyof O ? O[K] : never;
  type AtStrict<O extends object, K extends Key> = O[K & keyof O];
  type AtLoose<O extends object, K extends Key> = O extends unknown ? AtStrict<O, K> : never;
  export type At<O extends object, K extends Key, strict extends Boolean = 1> = {
      1: AtStrict<O, K>;
      0: AtLoose<O, K>;
  }[strict];

  export type ComputeRaw<A extends any> = A extends Function ? A : {
    [K in keyof A]: A[K];
  } & {};

  export type OptionalFlat<O> = {
    [K in keyof O]?: O[K];
  } & {};

  type _Record<K extends keyof any, T> = {
    [P in K]: T;
  };

  // cause typescript not to expand types and preserve names
  type NoExpand<T> = T extends unknown ? T : never;

  // this type assumes the passed object is entirely optional
  type AtLeast<O extends object, K extends string> = NoExpand<
    O extends unknown
    ? | (K extends keyof O ? { [P in K]: O[P] } & O : O)
      | {[P in keyof O as P extends K ? P : never]-?: O[P]} & O
    : never>;

  type _Strict<U, _U = U> = U extends unknown ? U & OptionalFlat<_Record<Exclude<Keys<_U>, keyof U>, never>> : never;

  export type Strict<U extends object> = ComputeRaw<_Strict<U>>;
  /** End Helper Types for "Merge" **/

  export type Merge<U extends object> = ComputeRaw<_Merge<Strict<U>>>;

  /**
  A [[Boolean]]
  */
  export type Boolean = True | False

  // /**
  // 1
  // */
  export type True = 1

  /**
  0
  */
  export type False = 0

  export type Not<B extends Boolean> = {
    0: 1
    1: 0
  }[B]

  export type Extends<A1 extends any, A2 extends any> = [A1] extends [never]
    ? 0 // anything `never` is false
    : A1 extends A2
    ? 1
    : 0

  export type Has<U extends Union, U1 extends Union> = Not<
    Extends<Exclude<U1, U>, U1>
  >

  export type Or<B1 extends Boolean, B2 extends Boolean> = {
    0: {
      0: 0
      1: 1
    }
    1: {
      0: 1
      1: 1
    }
  }[B1][B2]

  export type Keys<U extends Union> = U extends unknown ? keyof U : never

  type Cast<A, B> = A extends B ? A : B;

  export const type: unique symbol;



  /**
   * Used by group by
   */

  export type GetScalarType<T, O> = O extends object ? {
    [P in keyof T]: P extends keyof O
      ? O[P]
      : never
  } : never

  type FieldPaths<
    T,
    U = Omit<T, '_avg' | '_sum' | '_count' | '_min' | '_max'>
  > = IsObject<T> extends True ? U : T

  type GetHavingFields<T> = {
    [K in keyof T]: Or<
      Or<Extends<'OR', K>, Extends<'AND', K>>,
      Extends<'NOT', K>
    > extends True
      ? // infer is only needed to not hit TS limit
        // based on the brilliant idea of Pierre-Antoine Mills
        // https://github.com/microsoft/TypeScript/issues/30188#issuecomment-478938437
        T[K] extends infer TK
        ? GetHavingFields<UnEnumerate<TK> extends object ? Merge<UnEnumerate<TK>> : never>
        : never
      : {} extends FieldPaths<T[K]>
      ? never
      : K
  }[keyof T]

  /**
   * Convert tuple to union
   */
  type _TupleToUnion<T> = T extends (infer E)[] ? E : never
  type TupleToUnion<K extends readonly any[]> = _TupleToUnion<K>
  type MaybeTupleToUnion<T> = T extends any[] ? TupleToUnion<T> : T

  /**
   * Like `Pick`, but additionally can also accept an array of keys
   */
  type PickEnumerable<T, K extends Enumerable<keyof T> | keyof T> = Prisma__Pick<T, MaybeTupleToUnion<K>>

  /**
   * Exclude all keys with underscores
   */
  type ExcludeUnderscoreKeys<T extends string> = T extends `_${string}` ? never : T


  export type FieldRef<Model, FieldType> = runtime.FieldRef<Model, FieldType>

  type FieldRefInputType<Model, FieldType> = Model extends never ? never : FieldRef<Model, FieldType>


  export const ModelName: {
    Deployment: 'Deployment',
    ItemState: 'ItemState',
    AuditEvent: 'AuditEvent',
    SlackMessage: 'SlackMessage',
    Job: 'Job',
    RoleAssignment: 'RoleAssignment',
    SignOff: 'SignOff',
    ProbeRun: 'ProbeRun',
    Verification: 'Verification',
    CheckInRecord: 'CheckInRecord'
  };

  export type ModelName = (typeof ModelName)[keyof typeof ModelName]


  export type Datasources = {
    db?: Datasource
  }

  interface TypeMapCb<ClientOptions = {}> extends $Utils.Fn<{extArgs: $Extensions.InternalArgs }, $Utils.Record<string, any>> {
    returns: Prisma.TypeMap<this['params']['extArgs'], ClientOptions extends { omit: infer OmitOptions } ? OmitOptions : {}>
  }

  export type TypeMap<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> = {
    globalOmitOptions: {
      omit: GlobalOmitOptions
    }
    meta: {
      modelProps: "deployment" | "itemState" | "auditEvent" | "slackMessage" | "job" | "roleAssignment" | "signOff" | "probeRun" | "verification" | "checkInRecord"
      txIsolationLevel: Prisma.TransactionIsolationLevel
    }
    model: {
      Deployment: {
        payload: Prisma.$DeploymentPayload<ExtArgs>
        fields: Prisma.DeploymentFieldRefs
        operations: {
          findUnique: {
            args: Prisma.DeploymentFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.DeploymentFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>
          }
          findFirst: {
            args: Prisma.DeploymentFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.DeploymentFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>
          }
          findMany: {
            args: Prisma.DeploymentFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>[]
          }
          create: {
            args: Prisma.DeploymentCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>
          }
          createMany: {
            args: Prisma.DeploymentCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.DeploymentCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>[]
          }
          delete: {
            args: Prisma.DeploymentDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>
          }
          update: {
            args: Prisma.DeploymentUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>
          }
          deleteMany: {
            args: Prisma.DeploymentDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.DeploymentUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.DeploymentUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>[]
          }
          upsert: {
            args: Prisma.DeploymentUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$DeploymentPayload>
          }
          aggregate: {
            args: Prisma.DeploymentAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateDeployment>
          }
          groupBy: {
            args: Prisma.DeploymentGroupByArgs<ExtArgs>
            result: $Utils.Optional<DeploymentGroupByOutputType>[]
          }
          count: {
            args: Prisma.DeploymentCountArgs<ExtArgs>
            result: $Utils.Optional<DeploymentCountAggregateOutputType> | number
          }
        }
      }
      ItemState: {
        payload: Prisma.$ItemStatePayload<ExtArgs>
        fields: Prisma.ItemStateFieldRefs
        operations: {
          findUnique: {
            args: Prisma.ItemStateFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.ItemStateFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>
          }
          findFirst: {
            args: Prisma.ItemStateFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.ItemStateFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>
          }
          findMany: {
            args: Prisma.ItemStateFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>[]
          }
          create: {
            args: Prisma.ItemStateCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>
          }
          createMany: {
            args: Prisma.ItemStateCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.ItemStateCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>[]
          }
          delete: {
            args: Prisma.ItemStateDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>
          }
          update: {
            args: Prisma.ItemStateUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>
          }
          deleteMany: {
            args: Prisma.ItemStateDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.ItemStateUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.ItemStateUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>[]
          }
          upsert: {
            args: Prisma.ItemStateUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ItemStatePayload>
          }
          aggregate: {
            args: Prisma.ItemStateAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateItemState>
          }
          groupBy: {
            args: Prisma.ItemStateGroupByArgs<ExtArgs>
            result: $Utils.Optional<ItemStateGroupByOutputType>[]
          }
          count: {
            args: Prisma.ItemStateCountArgs<ExtArgs>
            result: $Utils.Optional<ItemStateCountAggregateOutputType> | number
          }
        }
      }
      AuditEvent: {
        payload: Prisma.$AuditEventPayload<ExtArgs>
        fields: Prisma.AuditEventFieldRefs
        operations: {
          findUnique: {
            args: Prisma.AuditEventFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.AuditEventFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          findFirst: {
            args: Prisma.AuditEventFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.AuditEventFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          findMany: {
            args: Prisma.AuditEventFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>[]
          }
          create: {
            args: Prisma.AuditEventCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          createMany: {
            args: Prisma.AuditEventCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.AuditEventCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>[]
          }
          delete: {
            args: Prisma.AuditEventDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          update: {
            args: Prisma.AuditEventUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          deleteMany: {
            args: Prisma.AuditEventDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.AuditEventUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.AuditEventUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>[]
          }
          upsert: {
            args: Prisma.AuditEventUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$AuditEventPayload>
          }
          aggregate: {
            args: Prisma.AuditEventAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateAuditEvent>
          }
          groupBy: {
            args: Prisma.AuditEventGroupByArgs<ExtArgs>
            result: $Utils.Optional<AuditEventGroupByOutputType>[]
          }
          count: {
            args: Prisma.AuditEventCountArgs<ExtArgs>
            result: $Utils.Optional<AuditEventCountAggregateOutputType> | number
          }
        }
      }
      SlackMessage: {
        payload: Prisma.$SlackMessagePayload<ExtArgs>
        fields: Prisma.SlackMessageFieldRefs
        operations: {
          findUnique: {
            args: Prisma.SlackMessageFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.SlackMessageFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>
          }
          findFirst: {
            args: Prisma.SlackMessageFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.SlackMessageFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>
          }
          findMany: {
            args: Prisma.SlackMessageFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>[]
          }
          create: {
            args: Prisma.SlackMessageCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>
          }
          createMany: {
            args: Prisma.SlackMessageCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.SlackMessageCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>[]
          }
          delete: {
            args: Prisma.SlackMessageDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>
          }
          update: {
            args: Prisma.SlackMessageUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>
          }
          deleteMany: {
            args: Prisma.SlackMessageDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.SlackMessageUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.SlackMessageUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>[]
          }
          upsert: {
            args: Prisma.SlackMessageUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SlackMessagePayload>
          }
          aggregate: {
            args: Prisma.SlackMessageAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateSlackMessage>
          }
          groupBy: {
            args: Prisma.SlackMessageGroupByArgs<ExtArgs>
            result: $Utils.Optional<SlackMessageGroupByOutputType>[]
          }
          count: {
            args: Prisma.SlackMessageCountArgs<ExtArgs>
            result: $Utils.Optional<SlackMessageCountAggregateOutputType> | number
          }
        }
      }
      Job: {
        payload: Prisma.$JobPayload<ExtArgs>
        fields: Prisma.JobFieldRefs
        operations: {
          findUnique: {
            args: Prisma.JobFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.JobFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>
          }
          findFirst: {
            args: Prisma.JobFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.JobFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>
          }
          findMany: {
            args: Prisma.JobFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>[]
          }
          create: {
            args: Prisma.JobCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>
          }
          createMany: {
            args: Prisma.JobCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.JobCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>[]
          }
          delete: {
            args: Prisma.JobDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>
          }
          update: {
            args: Prisma.JobUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>
          }
          deleteMany: {
            args: Prisma.JobDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.JobUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.JobUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>[]
          }
          upsert: {
            args: Prisma.JobUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$JobPayload>
          }
          aggregate: {
            args: Prisma.JobAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateJob>
          }
          groupBy: {
            args: Prisma.JobGroupByArgs<ExtArgs>
            result: $Utils.Optional<JobGroupByOutputType>[]
          }
          count: {
            args: Prisma.JobCountArgs<ExtArgs>
            result: $Utils.Optional<JobCountAggregateOutputType> | number
          }
        }
      }
      RoleAssignment: {
        payload: Prisma.$RoleAssignmentPayload<ExtArgs>
        fields: Prisma.RoleAssignmentFieldRefs
        operations: {
          findUnique: {
            args: Prisma.RoleAssignmentFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.RoleAssignmentFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>
          }
          findFirst: {
            args: Prisma.RoleAssignmentFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.RoleAssignmentFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>
          }
          findMany: {
            args: Prisma.RoleAssignmentFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>[]
          }
          create: {
            args: Prisma.RoleAssignmentCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>
          }
          createMany: {
            args: Prisma.RoleAssignmentCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.RoleAssignmentCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>[]
          }
          delete: {
            args: Prisma.RoleAssignmentDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>
          }
          update: {
            args: Prisma.RoleAssignmentUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>
          }
          deleteMany: {
            args: Prisma.RoleAssignmentDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.RoleAssignmentUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.RoleAssignmentUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>[]
          }
          upsert: {
            args: Prisma.RoleAssignmentUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$RoleAssignmentPayload>
          }
          aggregate: {
            args: Prisma.RoleAssignmentAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateRoleAssignment>
          }
          groupBy: {
            args: Prisma.RoleAssignmentGroupByArgs<ExtArgs>
            result: $Utils.Optional<RoleAssignmentGroupByOutputType>[]
          }
          count: {
            args: Prisma.RoleAssignmentCountArgs<ExtArgs>
            result: $Utils.Optional<RoleAssignmentCountAggregateOutputType> | number
          }
        }
      }
      SignOff: {
        payload: Prisma.$SignOffPayload<ExtArgs>
        fields: Prisma.SignOffFieldRefs
        operations: {
          findUnique: {
            args: Prisma.SignOffFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.SignOffFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>
          }
          findFirst: {
            args: Prisma.SignOffFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.SignOffFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>
          }
          findMany: {
            args: Prisma.SignOffFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>[]
          }
          create: {
            args: Prisma.SignOffCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>
          }
          createMany: {
            args: Prisma.SignOffCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.SignOffCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>[]
          }
          delete: {
            args: Prisma.SignOffDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>
          }
          update: {
            args: Prisma.SignOffUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>
          }
          deleteMany: {
            args: Prisma.SignOffDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.SignOffUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.SignOffUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>[]
          }
          upsert: {
            args: Prisma.SignOffUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$SignOffPayload>
          }
          aggregate: {
            args: Prisma.SignOffAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateSignOff>
          }
          groupBy: {
            args: Prisma.SignOffGroupByArgs<ExtArgs>
            result: $Utils.Optional<SignOffGroupByOutputType>[]
          }
          count: {
            args: Prisma.SignOffCountArgs<ExtArgs>
            result: $Utils.Optional<SignOffCountAggregateOutputType> | number
          }
        }
      }
      ProbeRun: {
        payload: Prisma.$ProbeRunPayload<ExtArgs>
        fields: Prisma.ProbeRunFieldRefs
        operations: {
          findUnique: {
            args: Prisma.ProbeRunFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.ProbeRunFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>
          }
          findFirst: {
            args: Prisma.ProbeRunFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.ProbeRunFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>
          }
          findMany: {
            args: Prisma.ProbeRunFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>[]
          }
          create: {
            args: Prisma.ProbeRunCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>
          }
          createMany: {
            args: Prisma.ProbeRunCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.ProbeRunCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>[]
          }
          delete: {
            args: Prisma.ProbeRunDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>
          }
          update: {
            args: Prisma.ProbeRunUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>
          }
          deleteMany: {
            args: Prisma.ProbeRunDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.ProbeRunUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.ProbeRunUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>[]
          }
          upsert: {
            args: Prisma.ProbeRunUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$ProbeRunPayload>
          }
          aggregate: {
            args: Prisma.ProbeRunAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateProbeRun>
          }
          groupBy: {
            args: Prisma.ProbeRunGroupByArgs<ExtArgs>
            result: $Utils.Optional<ProbeRunGroupByOutputType>[]
          }
          count: {
            args: Prisma.ProbeRunCountArgs<ExtArgs>
            result: $Utils.Optional<ProbeRunCountAggregateOutputType> | number
          }
        }
      }
      Verification: {
        payload: Prisma.$VerificationPayload<ExtArgs>
        fields: Prisma.VerificationFieldRefs
        operations: {
          findUnique: {
            args: Prisma.VerificationFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.VerificationFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>
          }
          findFirst: {
            args: Prisma.VerificationFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.VerificationFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>
          }
          findMany: {
            args: Prisma.VerificationFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>[]
          }
          create: {
            args: Prisma.VerificationCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>
          }
          createMany: {
            args: Prisma.VerificationCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.VerificationCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>[]
          }
          delete: {
            args: Prisma.VerificationDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>
          }
          update: {
            args: Prisma.VerificationUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>
          }
          deleteMany: {
            args: Prisma.VerificationDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.VerificationUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.VerificationUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>[]
          }
          upsert: {
            args: Prisma.VerificationUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$VerificationPayload>
          }
          aggregate: {
            args: Prisma.VerificationAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateVerification>
          }
          groupBy: {
            args: Prisma.VerificationGroupByArgs<ExtArgs>
            result: $Utils.Optional<VerificationGroupByOutputType>[]
          }
          count: {
            args: Prisma.VerificationCountArgs<ExtArgs>
            result: $Utils.Optional<VerificationCountAggregateOutputType> | number
          }
        }
      }
      CheckInRecord: {
        payload: Prisma.$CheckInRecordPayload<ExtArgs>
        fields: Prisma.CheckInRecordFieldRefs
        operations: {
          findUnique: {
            args: Prisma.CheckInRecordFindUniqueArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload> | null
          }
          findUniqueOrThrow: {
            args: Prisma.CheckInRecordFindUniqueOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>
          }
          findFirst: {
            args: Prisma.CheckInRecordFindFirstArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload> | null
          }
          findFirstOrThrow: {
            args: Prisma.CheckInRecordFindFirstOrThrowArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>
          }
          findMany: {
            args: Prisma.CheckInRecordFindManyArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>[]
          }
          create: {
            args: Prisma.CheckInRecordCreateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>
          }
          createMany: {
            args: Prisma.CheckInRecordCreateManyArgs<ExtArgs>
            result: BatchPayload
          }
          createManyAndReturn: {
            args: Prisma.CheckInRecordCreateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>[]
          }
          delete: {
            args: Prisma.CheckInRecordDeleteArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>
          }
          update: {
            args: Prisma.CheckInRecordUpdateArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>
          }
          deleteMany: {
            args: Prisma.CheckInRecordDeleteManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateMany: {
            args: Prisma.CheckInRecordUpdateManyArgs<ExtArgs>
            result: BatchPayload
          }
          updateManyAndReturn: {
            args: Prisma.CheckInRecordUpdateManyAndReturnArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>[]
          }
          upsert: {
            args: Prisma.CheckInRecordUpsertArgs<ExtArgs>
            result: $Utils.PayloadToResult<Prisma.$CheckInRecordPayload>
          }
          aggregate: {
            args: Prisma.CheckInRecordAggregateArgs<ExtArgs>
            result: $Utils.Optional<AggregateCheckInRecord>
          }
          groupBy: {
            args: Prisma.CheckInRecordGroupByArgs<ExtArgs>
            result: $Utils.Optional<CheckInRecordGroupByOutputType>[]
          }
          count: {
            args: Prisma.CheckInRecordCountArgs<ExtArgs>
            result: $Utils.Optional<CheckInRecordCountAggregateOutputType> | number
          }
        }
      }
    }
  } & {
    other: {
      payload: any
      operations: {
        $executeRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $executeRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
        $queryRaw: {
          args: [query: TemplateStringsArray | Prisma.Sql, ...values: any[]],
          result: any
        }
        $queryRawUnsafe: {
          args: [query: string, ...values: any[]],
          result: any
        }
      }
    }
  }
  export const defineExtension: $Extensions.ExtendsHook<"define", Prisma.TypeMapCb, $Extensions.DefaultArgs>
  export type DefaultPrismaClient = PrismaClient
  export type ErrorFormat = 'pretty' | 'colorless' | 'minimal'
  export interface PrismaClientOptions {
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasources?: Datasources
    /**
     * Overwrites the datasource url from your schema.prisma file
     */
    datasourceUrl?: string
    /**
     * @default "colorless"
     */
    errorFormat?: ErrorFormat
    /**
     * @example
     * ```
     * // Shorthand for `emit: 'stdout'`
     * log: ['query', 'info', 'warn', 'error']
     * 
     * // Emit as events only
     * log: [
     *   { emit: 'event', level: 'query' },
     *   { emit: 'event', level: 'info' },
     *   { emit: 'event', level: 'warn' }
     *   { emit: 'event', level: 'error' }
     * ]
     * 
     * / Emit as events and log to stdout
     * og: [
     *  { emit: 'stdout', level: 'query' },
     *  { emit: 'stdout', level: 'info' },
     *  { emit: 'stdout', level: 'warn' }
     *  { emit: 'stdout', level: 'error' }
     * 
     * ```
     * Read more in our [docs](https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-client/logging#the-log-option).
     */
    log?: (LogLevel | LogDefinition)[]
    /**
     * The default values for transactionOptions
     * maxWait ?= 2000
     * timeout ?= 5000
     */
    transactionOptions?: {
      maxWait?: number
      timeout?: number
      isolationLevel?: Prisma.TransactionIsolationLevel
    }
    /**
     * Instance of a Driver Adapter, e.g., like one provided by `@prisma/adapter-planetscale`
     */
    adapter?: runtime.SqlDriverAdapterFactory | null
    /**
     * Global configuration for omitting model fields by default.
     * 
     * @example
     * ```
     * const prisma = new PrismaClient({
     *   omit: {
     *     user: {
     *       password: true
     *     }
     *   }
     * })
     * ```
     */
    omit?: Prisma.GlobalOmitConfig
  }
  export type GlobalOmitConfig = {
    deployment?: DeploymentOmit
    itemState?: ItemStateOmit
    auditEvent?: AuditEventOmit
    slackMessage?: SlackMessageOmit
    job?: JobOmit
    roleAssignment?: RoleAssignmentOmit
    signOff?: SignOffOmit
    probeRun?: ProbeRunOmit
    verification?: VerificationOmit
    checkInRecord?: CheckInRecordOmit
  }

  /* Types for Logging */
  export type LogLevel = 'info' | 'query' | 'warn' | 'error'
  export type LogDefinition = {
    level: LogLevel
    emit: 'stdout' | 'event'
  }

  export type CheckIsLogLevel<T> = T extends LogLevel ? T : never;

  export type GetLogType<T> = CheckIsLogLevel<
    T extends LogDefinition ? T['level'] : T
  >;

  export type GetEvents<T extends any[]> = T extends Array<LogLevel | LogDefinition>
    ? GetLogType<T[number]>
    : never;

  export type QueryEvent = {
    timestamp: Date
    query: string
    params: string
    duration: number
    target: string
  }

  export type LogEvent = {
    timestamp: Date
    message: string
    target: string
  }
  /* End Types for Logging */


  export type PrismaAction =
    | 'findUnique'
    | 'findUniqueOrThrow'
    | 'findMany'
    | 'findFirst'
    | 'findFirstOrThrow'
    | 'create'
    | 'createMany'
    | 'createManyAndReturn'
    | 'update'
    | 'updateMany'
    | 'updateManyAndReturn'
    | 'upsert'
    | 'delete'
    | 'deleteMany'
    | 'executeRaw'
    | 'queryRaw'
    | 'aggregate'
    | 'count'
    | 'runCommandRaw'
    | 'findRaw'
    | 'groupBy'

  // tested in getLogLevel.test.ts
  export function getLogLevel(log: Array<LogLevel | LogDefinition>): LogLevel | undefined;

  /**
   * `PrismaClient` proxy available in interactive transactions.
   */
  export type TransactionClient = Omit<Prisma.DefaultPrismaClient, runtime.ITXClientDenyList>

  export type Datasource = {
    url?: string
  }

  /**
   * Count Types
   */


  /**
   * Count Type DeploymentCountOutputType
   */

  export type DeploymentCountOutputType = {
    items: number
    audit: number
    messages: number
    jobs: number
    roles: number
    signOffs: number
    probeRuns: number
    verifications: number
    checkIns: number
  }

  export type DeploymentCountOutputTypeSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    items?: boolean | DeploymentCountOutputTypeCountItemsArgs
    audit?: boolean | DeploymentCountOutputTypeCountAuditArgs
    messages?: boolean | DeploymentCountOutputTypeCountMessagesArgs
    jobs?: boolean | DeploymentCountOutputTypeCountJobsArgs
    roles?: boolean | DeploymentCountOutputTypeCountRolesArgs
    signOffs?: boolean | DeploymentCountOutputTypeCountSignOffsArgs
    probeRuns?: boolean | DeploymentCountOutputTypeCountProbeRunsArgs
    verifications?: boolean | DeploymentCountOutputTypeCountVerificationsArgs
    checkIns?: boolean | DeploymentCountOutputTypeCountCheckInsArgs
  }

  // Custom InputTypes
  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the DeploymentCountOutputType
     */
    select?: DeploymentCountOutputTypeSelect<ExtArgs> | null
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountItemsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ItemStateWhereInput
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountAuditArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: AuditEventWhereInput
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountMessagesArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: SlackMessageWhereInput
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountJobsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: JobWhereInput
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountRolesArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RoleAssignmentWhereInput
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountSignOffsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: SignOffWhereInput
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountProbeRunsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ProbeRunWhereInput
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountVerificationsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: VerificationWhereInput
  }

  /**
   * DeploymentCountOutputType without action
   */
  export type DeploymentCountOutputTypeCountCheckInsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: CheckInRecordWhereInput
  }


  /**
   * Models
   */

  /**
   * Model Deployment
   */

  export type AggregateDeployment = {
    _count: DeploymentCountAggregateOutputType | null
    _avg: DeploymentAvgAggregateOutputType | null
    _sum: DeploymentSumAggregateOutputType | null
    _min: DeploymentMinAggregateOutputType | null
    _max: DeploymentMaxAggregateOutputType | null
  }

  export type DeploymentAvgAggregateOutputType = {
    revision: number | null
  }

  export type DeploymentSumAggregateOutputType = {
    revision: number | null
  }

  export type DeploymentMinAggregateOutputType = {
    id: string | null
    teamId: string | null
    channelId: string | null
    service: string | null
    version: string | null
    environment: string | null
    ownerId: string | null
    status: string | null
    templateName: string | null
    templateHash: string | null
    templateJson: string | null
    endpointsJson: string | null
    threadTs: string | null
    openKey: string | null
    revision: number | null
    goLiveAt: Date | null
    goLiveBy: string | null
    goLiveOverride: string | null
    rollbackReason: string | null
    checkInsStoppedAt: Date | null
    checkInsStopReason: string | null
    closedAt: Date | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type DeploymentMaxAggregateOutputType = {
    id: string | null
    teamId: string | null
    channelId: string | null
    service: string | null
    version: string | null
    environment: string | null
    ownerId: string | null
    status: string | null
    templateName: string | null
    templateHash: string | null
    templateJson: string | null
    endpointsJson: string | null
    threadTs: string | null
    openKey: string | null
    revision: number | null
    goLiveAt: Date | null
    goLiveBy: string | null
    goLiveOverride: string | null
    rollbackReason: string | null
    checkInsStoppedAt: Date | null
    checkInsStopReason: string | null
    closedAt: Date | null
    createdAt: Date | null
    updatedAt: Date | null
  }

  export type DeploymentCountAggregateOutputType = {
    id: number
    teamId: number
    channelId: number
    service: number
    version: number
    environment: number
    ownerId: number
    status: number
    templateName: number
    templateHash: number
    templateJson: number
    endpointsJson: number
    threadTs: number
    openKey: number
    revision: number
    goLiveAt: number
    goLiveBy: number
    goLiveOverride: number
    rollbackReason: number
    checkInsStoppedAt: number
    checkInsStopReason: number
    closedAt: number
    createdAt: number
    updatedAt: number
    _all: number
  }


  export type DeploymentAvgAggregateInputType = {
    revision?: true
  }

  export type DeploymentSumAggregateInputType = {
    revision?: true
  }

  export type DeploymentMinAggregateInputType = {
    id?: true
    teamId?: true
    channelId?: true
    service?: true
    version?: true
    environment?: true
    ownerId?: true
    status?: true
    templateName?: true
    templateHash?: true
    templateJson?: true
    endpointsJson?: true
    threadTs?: true
    openKey?: true
    revision?: true
    goLiveAt?: true
    goLiveBy?: true
    goLiveOverride?: true
    rollbackReason?: true
    checkInsStoppedAt?: true
    checkInsStopReason?: true
    closedAt?: true
    createdAt?: true
    updatedAt?: true
  }

  export type DeploymentMaxAggregateInputType = {
    id?: true
    teamId?: true
    channelId?: true
    service?: true
    version?: true
    environment?: true
    ownerId?: true
    status?: true
    templateName?: true
    templateHash?: true
    templateJson?: true
    endpointsJson?: true
    threadTs?: true
    openKey?: true
    revision?: true
    goLiveAt?: true
    goLiveBy?: true
    goLiveOverride?: true
    rollbackReason?: true
    checkInsStoppedAt?: true
    checkInsStopReason?: true
    closedAt?: true
    createdAt?: true
    updatedAt?: true
  }

  export type DeploymentCountAggregateInputType = {
    id?: true
    teamId?: true
    channelId?: true
    service?: true
    version?: true
    environment?: true
    ownerId?: true
    status?: true
    templateName?: true
    templateHash?: true
    templateJson?: true
    endpointsJson?: true
    threadTs?: true
    openKey?: true
    revision?: true
    goLiveAt?: true
    goLiveBy?: true
    goLiveOverride?: true
    rollbackReason?: true
    checkInsStoppedAt?: true
    checkInsStopReason?: true
    closedAt?: true
    createdAt?: true
    updatedAt?: true
    _all?: true
  }

  export type DeploymentAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Deployment to aggregate.
     */
    where?: DeploymentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Deployments to fetch.
     */
    orderBy?: DeploymentOrderByWithRelationInput | DeploymentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: DeploymentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Deployments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Deployments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Deployments
    **/
    _count?: true | DeploymentCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: DeploymentAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: DeploymentSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: DeploymentMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: DeploymentMaxAggregateInputType
  }

  export type GetDeploymentAggregateType<T extends DeploymentAggregateArgs> = {
        [P in keyof T & keyof AggregateDeployment]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateDeployment[P]>
      : GetScalarType<T[P], AggregateDeployment[P]>
  }




  export type DeploymentGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: DeploymentWhereInput
    orderBy?: DeploymentOrderByWithAggregationInput | DeploymentOrderByWithAggregationInput[]
    by: DeploymentScalarFieldEnum[] | DeploymentScalarFieldEnum
    having?: DeploymentScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: DeploymentCountAggregateInputType | true
    _avg?: DeploymentAvgAggregateInputType
    _sum?: DeploymentSumAggregateInputType
    _min?: DeploymentMinAggregateInputType
    _max?: DeploymentMaxAggregateInputType
  }

  export type DeploymentGroupByOutputType = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson: string
    threadTs: string | null
    openKey: string | null
    revision: number
    goLiveAt: Date | null
    goLiveBy: string | null
    goLiveOverride: string | null
    rollbackReason: string | null
    checkInsStoppedAt: Date | null
    checkInsStopReason: string | null
    closedAt: Date | null
    createdAt: Date
    updatedAt: Date
    _count: DeploymentCountAggregateOutputType | null
    _avg: DeploymentAvgAggregateOutputType | null
    _sum: DeploymentSumAggregateOutputType | null
    _min: DeploymentMinAggregateOutputType | null
    _max: DeploymentMaxAggregateOutputType | null
  }

  type GetDeploymentGroupByPayload<T extends DeploymentGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<DeploymentGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof DeploymentGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], DeploymentGroupByOutputType[P]>
            : GetScalarType<T[P], DeploymentGroupByOutputType[P]>
        }
      >
    >


  export type DeploymentSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    teamId?: boolean
    channelId?: boolean
    service?: boolean
    version?: boolean
    environment?: boolean
    ownerId?: boolean
    status?: boolean
    templateName?: boolean
    templateHash?: boolean
    templateJson?: boolean
    endpointsJson?: boolean
    threadTs?: boolean
    openKey?: boolean
    revision?: boolean
    goLiveAt?: boolean
    goLiveBy?: boolean
    goLiveOverride?: boolean
    rollbackReason?: boolean
    checkInsStoppedAt?: boolean
    checkInsStopReason?: boolean
    closedAt?: boolean
    createdAt?: boolean
    updatedAt?: boolean
    items?: boolean | Deployment$itemsArgs<ExtArgs>
    audit?: boolean | Deployment$auditArgs<ExtArgs>
    messages?: boolean | Deployment$messagesArgs<ExtArgs>
    jobs?: boolean | Deployment$jobsArgs<ExtArgs>
    roles?: boolean | Deployment$rolesArgs<ExtArgs>
    signOffs?: boolean | Deployment$signOffsArgs<ExtArgs>
    probeRuns?: boolean | Deployment$probeRunsArgs<ExtArgs>
    verifications?: boolean | Deployment$verificationsArgs<ExtArgs>
    checkIns?: boolean | Deployment$checkInsArgs<ExtArgs>
    _count?: boolean | DeploymentCountOutputTypeDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["deployment"]>

  export type DeploymentSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    teamId?: boolean
    channelId?: boolean
    service?: boolean
    version?: boolean
    environment?: boolean
    ownerId?: boolean
    status?: boolean
    templateName?: boolean
    templateHash?: boolean
    templateJson?: boolean
    endpointsJson?: boolean
    threadTs?: boolean
    openKey?: boolean
    revision?: boolean
    goLiveAt?: boolean
    goLiveBy?: boolean
    goLiveOverride?: boolean
    rollbackReason?: boolean
    checkInsStoppedAt?: boolean
    checkInsStopReason?: boolean
    closedAt?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["deployment"]>

  export type DeploymentSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    teamId?: boolean
    channelId?: boolean
    service?: boolean
    version?: boolean
    environment?: boolean
    ownerId?: boolean
    status?: boolean
    templateName?: boolean
    templateHash?: boolean
    templateJson?: boolean
    endpointsJson?: boolean
    threadTs?: boolean
    openKey?: boolean
    revision?: boolean
    goLiveAt?: boolean
    goLiveBy?: boolean
    goLiveOverride?: boolean
    rollbackReason?: boolean
    checkInsStoppedAt?: boolean
    checkInsStopReason?: boolean
    closedAt?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }, ExtArgs["result"]["deployment"]>

  export type DeploymentSelectScalar = {
    id?: boolean
    teamId?: boolean
    channelId?: boolean
    service?: boolean
    version?: boolean
    environment?: boolean
    ownerId?: boolean
    status?: boolean
    templateName?: boolean
    templateHash?: boolean
    templateJson?: boolean
    endpointsJson?: boolean
    threadTs?: boolean
    openKey?: boolean
    revision?: boolean
    goLiveAt?: boolean
    goLiveBy?: boolean
    goLiveOverride?: boolean
    rollbackReason?: boolean
    checkInsStoppedAt?: boolean
    checkInsStopReason?: boolean
    closedAt?: boolean
    createdAt?: boolean
    updatedAt?: boolean
  }

  export type DeploymentOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "teamId" | "channelId" | "service" | "version" | "environment" | "ownerId" | "status" | "templateName" | "templateHash" | "templateJson" | "endpointsJson" | "threadTs" | "openKey" | "revision" | "goLiveAt" | "goLiveBy" | "goLiveOverride" | "rollbackReason" | "checkInsStoppedAt" | "checkInsStopReason" | "closedAt" | "createdAt" | "updatedAt", ExtArgs["result"]["deployment"]>
  export type DeploymentInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    items?: boolean | Deployment$itemsArgs<ExtArgs>
    audit?: boolean | Deployment$auditArgs<ExtArgs>
    messages?: boolean | Deployment$messagesArgs<ExtArgs>
    jobs?: boolean | Deployment$jobsArgs<ExtArgs>
    roles?: boolean | Deployment$rolesArgs<ExtArgs>
    signOffs?: boolean | Deployment$signOffsArgs<ExtArgs>
    probeRuns?: boolean | Deployment$probeRunsArgs<ExtArgs>
    verifications?: boolean | Deployment$verificationsArgs<ExtArgs>
    checkIns?: boolean | Deployment$checkInsArgs<ExtArgs>
    _count?: boolean | DeploymentCountOutputTypeDefaultArgs<ExtArgs>
  }
  export type DeploymentIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}
  export type DeploymentIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {}

  export type $DeploymentPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Deployment"
    objects: {
      items: Prisma.$ItemStatePayload<ExtArgs>[]
      audit: Prisma.$AuditEventPayload<ExtArgs>[]
      messages: Prisma.$SlackMessagePayload<ExtArgs>[]
      jobs: Prisma.$JobPayload<ExtArgs>[]
      roles: Prisma.$RoleAssignmentPayload<ExtArgs>[]
      signOffs: Prisma.$SignOffPayload<ExtArgs>[]
      probeRuns: Prisma.$ProbeRunPayload<ExtArgs>[]
      verifications: Prisma.$VerificationPayload<ExtArgs>[]
      checkIns: Prisma.$CheckInRecordPayload<ExtArgs>[]
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      teamId: string
      channelId: string
      service: string
      version: string
      environment: string
      ownerId: string
      status: string
      templateName: string
      templateHash: string
      /**
       * The template as it was when the deployment started; editing a template never changes a running deployment.
       */
      templateJson: string
      endpointsJson: string
      threadTs: string | null
      /**
       * teamId/service/environment while the deployment is open, null once closed: one open deployment per pair.
       */
      openKey: string | null
      /**
       * Bumped on every change; writers compare-and-set it so concurrent changes serialize.
       */
      revision: number
      goLiveAt: Date | null
      goLiveBy: string | null
      /**
       * The owner's written reason when going live without the quorum; stays on the card.
       */
      goLiveOverride: string | null
      rollbackReason: string | null
      checkInsStoppedAt: Date | null
      checkInsStopReason: string | null
      closedAt: Date | null
      createdAt: Date
      updatedAt: Date
    }, ExtArgs["result"]["deployment"]>
    composites: {}
  }

  type DeploymentGetPayload<S extends boolean | null | undefined | DeploymentDefaultArgs> = $Result.GetResult<Prisma.$DeploymentPayload, S>

  type DeploymentCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<DeploymentFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: DeploymentCountAggregateInputType | true
    }

  export interface DeploymentDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Deployment'], meta: { name: 'Deployment' } }
    /**
     * Find zero or one Deployment that matches the filter.
     * @param {DeploymentFindUniqueArgs} args - Arguments to find a Deployment
     * @example
     * // Get one Deployment
     * const deployment = await prisma.deployment.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends DeploymentFindUniqueArgs>(args: SelectSubset<T, DeploymentFindUniqueArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Deployment that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {DeploymentFindUniqueOrThrowArgs} args - Arguments to find a Deployment
     * @example
     * // Get one Deployment
     * const deployment = await prisma.deployment.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends DeploymentFindUniqueOrThrowArgs>(args: SelectSubset<T, DeploymentFindUniqueOrThrowArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Deployment that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {DeploymentFindFirstArgs} args - Arguments to find a Deployment
     * @example
     * // Get one Deployment
     * const deployment = await prisma.deployment.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends DeploymentFindFirstArgs>(args?: SelectSubset<T, DeploymentFindFirstArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Deployment that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {DeploymentFindFirstOrThrowArgs} args - Arguments to find a Deployment
     * @example
     * // Get one Deployment
     * const deployment = await prisma.deployment.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends DeploymentFindFirstOrThrowArgs>(args?: SelectSubset<T, DeploymentFindFirstOrThrowArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Deployments that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {DeploymentFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Deployments
     * const deployments = await prisma.deployment.findMany()
     * 
     * // Get first 10 Deployments
     * const deployments = await prisma.deployment.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const deploymentWithIdOnly = await prisma.deployment.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends DeploymentFindManyArgs>(args?: SelectSubset<T, DeploymentFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Deployment.
     * @param {DeploymentCreateArgs} args - Arguments to create a Deployment.
     * @example
     * // Create one Deployment
     * const Deployment = await prisma.deployment.create({
     *   data: {
     *     // ... data to create a Deployment
     *   }
     * })
     * 
     */
    create<T extends DeploymentCreateArgs>(args: SelectSubset<T, DeploymentCreateArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Deployments.
     * @param {DeploymentCreateManyArgs} args - Arguments to create many Deployments.
     * @example
     * // Create many Deployments
     * const deployment = await prisma.deployment.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends DeploymentCreateManyArgs>(args?: SelectSubset<T, DeploymentCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Deployments and returns the data saved in the database.
     * @param {DeploymentCreateManyAndReturnArgs} args - Arguments to create many Deployments.
     * @example
     * // Create many Deployments
     * const deployment = await prisma.deployment.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Deployments and only return the `id`
     * const deploymentWithIdOnly = await prisma.deployment.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends DeploymentCreateManyAndReturnArgs>(args?: SelectSubset<T, DeploymentCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Deployment.
     * @param {DeploymentDeleteArgs} args - Arguments to delete one Deployment.
     * @example
     * // Delete one Deployment
     * const Deployment = await prisma.deployment.delete({
     *   where: {
     *     // ... filter to delete one Deployment
     *   }
     * })
     * 
     */
    delete<T extends DeploymentDeleteArgs>(args: SelectSubset<T, DeploymentDeleteArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Deployment.
     * @param {DeploymentUpdateArgs} args - Arguments to update one Deployment.
     * @example
     * // Update one Deployment
     * const deployment = await prisma.deployment.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends DeploymentUpdateArgs>(args: SelectSubset<T, DeploymentUpdateArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Deployments.
     * @param {DeploymentDeleteManyArgs} args - Arguments to filter Deployments to delete.
     * @example
     * // Delete a few Deployments
     * const { count } = await prisma.deployment.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends DeploymentDeleteManyArgs>(args?: SelectSubset<T, DeploymentDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Deployments.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {DeploymentUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Deployments
     * const deployment = await prisma.deployment.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends DeploymentUpdateManyArgs>(args: SelectSubset<T, DeploymentUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Deployments and returns the data updated in the database.
     * @param {DeploymentUpdateManyAndReturnArgs} args - Arguments to update many Deployments.
     * @example
     * // Update many Deployments
     * const deployment = await prisma.deployment.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Deployments and only return the `id`
     * const deploymentWithIdOnly = await prisma.deployment.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends DeploymentUpdateManyAndReturnArgs>(args: SelectSubset<T, DeploymentUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Deployment.
     * @param {DeploymentUpsertArgs} args - Arguments to update or create a Deployment.
     * @example
     * // Update or create a Deployment
     * const deployment = await prisma.deployment.upsert({
     *   create: {
     *     // ... data to create a Deployment
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Deployment we want to update
     *   }
     * })
     */
    upsert<T extends DeploymentUpsertArgs>(args: SelectSubset<T, DeploymentUpsertArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Deployments.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {DeploymentCountArgs} args - Arguments to filter Deployments to count.
     * @example
     * // Count the number of Deployments
     * const count = await prisma.deployment.count({
     *   where: {
     *     // ... the filter for the Deployments we want to count
     *   }
     * })
    **/
    count<T extends DeploymentCountArgs>(
      args?: Subset<T, DeploymentCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], DeploymentCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Deployment.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {DeploymentAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends DeploymentAggregateArgs>(args: Subset<T, DeploymentAggregateArgs>): Prisma.PrismaPromise<GetDeploymentAggregateType<T>>

    /**
     * Group by Deployment.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {DeploymentGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends DeploymentGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: DeploymentGroupByArgs['orderBy'] }
        : { orderBy?: DeploymentGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, DeploymentGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetDeploymentGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Deployment model
   */
  readonly fields: DeploymentFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Deployment.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__DeploymentClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    items<T extends Deployment$itemsArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$itemsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    audit<T extends Deployment$auditArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$auditArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    messages<T extends Deployment$messagesArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$messagesArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    jobs<T extends Deployment$jobsArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$jobsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    roles<T extends Deployment$rolesArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$rolesArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    signOffs<T extends Deployment$signOffsArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$signOffsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    probeRuns<T extends Deployment$probeRunsArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$probeRunsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    verifications<T extends Deployment$verificationsArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$verificationsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    checkIns<T extends Deployment$checkInsArgs<ExtArgs> = {}>(args?: Subset<T, Deployment$checkInsArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "findMany", GlobalOmitOptions> | Null>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Deployment model
   */
  interface DeploymentFieldRefs {
    readonly id: FieldRef<"Deployment", 'String'>
    readonly teamId: FieldRef<"Deployment", 'String'>
    readonly channelId: FieldRef<"Deployment", 'String'>
    readonly service: FieldRef<"Deployment", 'String'>
    readonly version: FieldRef<"Deployment", 'String'>
    readonly environment: FieldRef<"Deployment", 'String'>
    readonly ownerId: FieldRef<"Deployment", 'String'>
    readonly status: FieldRef<"Deployment", 'String'>
    readonly templateName: FieldRef<"Deployment", 'String'>
    readonly templateHash: FieldRef<"Deployment", 'String'>
    readonly templateJson: FieldRef<"Deployment", 'String'>
    readonly endpointsJson: FieldRef<"Deployment", 'String'>
    readonly threadTs: FieldRef<"Deployment", 'String'>
    readonly openKey: FieldRef<"Deployment", 'String'>
    readonly revision: FieldRef<"Deployment", 'Int'>
    readonly goLiveAt: FieldRef<"Deployment", 'DateTime'>
    readonly goLiveBy: FieldRef<"Deployment", 'String'>
    readonly goLiveOverride: FieldRef<"Deployment", 'String'>
    readonly rollbackReason: FieldRef<"Deployment", 'String'>
    readonly checkInsStoppedAt: FieldRef<"Deployment", 'DateTime'>
    readonly checkInsStopReason: FieldRef<"Deployment", 'String'>
    readonly closedAt: FieldRef<"Deployment", 'DateTime'>
    readonly createdAt: FieldRef<"Deployment", 'DateTime'>
    readonly updatedAt: FieldRef<"Deployment", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Deployment findUnique
   */
  export type DeploymentFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * Filter, which Deployment to fetch.
     */
    where: DeploymentWhereUniqueInput
  }

  /**
   * Deployment findUniqueOrThrow
   */
  export type DeploymentFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * Filter, which Deployment to fetch.
     */
    where: DeploymentWhereUniqueInput
  }

  /**
   * Deployment findFirst
   */
  export type DeploymentFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * Filter, which Deployment to fetch.
     */
    where?: DeploymentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Deployments to fetch.
     */
    orderBy?: DeploymentOrderByWithRelationInput | DeploymentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Deployments.
     */
    cursor?: DeploymentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Deployments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Deployments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Deployments.
     */
    distinct?: DeploymentScalarFieldEnum | DeploymentScalarFieldEnum[]
  }

  /**
   * Deployment findFirstOrThrow
   */
  export type DeploymentFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * Filter, which Deployment to fetch.
     */
    where?: DeploymentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Deployments to fetch.
     */
    orderBy?: DeploymentOrderByWithRelationInput | DeploymentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Deployments.
     */
    cursor?: DeploymentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Deployments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Deployments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Deployments.
     */
    distinct?: DeploymentScalarFieldEnum | DeploymentScalarFieldEnum[]
  }

  /**
   * Deployment findMany
   */
  export type DeploymentFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * Filter, which Deployments to fetch.
     */
    where?: DeploymentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Deployments to fetch.
     */
    orderBy?: DeploymentOrderByWithRelationInput | DeploymentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Deployments.
     */
    cursor?: DeploymentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Deployments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Deployments.
     */
    skip?: number
    distinct?: DeploymentScalarFieldEnum | DeploymentScalarFieldEnum[]
  }

  /**
   * Deployment create
   */
  export type DeploymentCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * The data needed to create a Deployment.
     */
    data: XOR<DeploymentCreateInput, DeploymentUncheckedCreateInput>
  }

  /**
   * Deployment createMany
   */
  export type DeploymentCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Deployments.
     */
    data: DeploymentCreateManyInput | DeploymentCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Deployment createManyAndReturn
   */
  export type DeploymentCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * The data used to create many Deployments.
     */
    data: DeploymentCreateManyInput | DeploymentCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Deployment update
   */
  export type DeploymentUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * The data needed to update a Deployment.
     */
    data: XOR<DeploymentUpdateInput, DeploymentUncheckedUpdateInput>
    /**
     * Choose, which Deployment to update.
     */
    where: DeploymentWhereUniqueInput
  }

  /**
   * Deployment updateMany
   */
  export type DeploymentUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Deployments.
     */
    data: XOR<DeploymentUpdateManyMutationInput, DeploymentUncheckedUpdateManyInput>
    /**
     * Filter which Deployments to update
     */
    where?: DeploymentWhereInput
    /**
     * Limit how many Deployments to update.
     */
    limit?: number
  }

  /**
   * Deployment updateManyAndReturn
   */
  export type DeploymentUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * The data used to update Deployments.
     */
    data: XOR<DeploymentUpdateManyMutationInput, DeploymentUncheckedUpdateManyInput>
    /**
     * Filter which Deployments to update
     */
    where?: DeploymentWhereInput
    /**
     * Limit how many Deployments to update.
     */
    limit?: number
  }

  /**
   * Deployment upsert
   */
  export type DeploymentUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * The filter to search for the Deployment to update in case it exists.
     */
    where: DeploymentWhereUniqueInput
    /**
     * In case the Deployment found by the `where` argument doesn't exist, create a new Deployment with this data.
     */
    create: XOR<DeploymentCreateInput, DeploymentUncheckedCreateInput>
    /**
     * In case the Deployment was found with the provided `where` argument, update it with this data.
     */
    update: XOR<DeploymentUpdateInput, DeploymentUncheckedUpdateInput>
  }

  /**
   * Deployment delete
   */
  export type DeploymentDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
    /**
     * Filter which Deployment to delete.
     */
    where: DeploymentWhereUniqueInput
  }

  /**
   * Deployment deleteMany
   */
  export type DeploymentDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Deployments to delete
     */
    where?: DeploymentWhereInput
    /**
     * Limit how many Deployments to delete.
     */
    limit?: number
  }

  /**
   * Deployment.items
   */
  export type Deployment$itemsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    where?: ItemStateWhereInput
    orderBy?: ItemStateOrderByWithRelationInput | ItemStateOrderByWithRelationInput[]
    cursor?: ItemStateWhereUniqueInput
    take?: number
    skip?: number
    distinct?: ItemStateScalarFieldEnum | ItemStateScalarFieldEnum[]
  }

  /**
   * Deployment.audit
   */
  export type Deployment$auditArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    where?: AuditEventWhereInput
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    cursor?: AuditEventWhereUniqueInput
    take?: number
    skip?: number
    distinct?: AuditEventScalarFieldEnum | AuditEventScalarFieldEnum[]
  }

  /**
   * Deployment.messages
   */
  export type Deployment$messagesArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    where?: SlackMessageWhereInput
    orderBy?: SlackMessageOrderByWithRelationInput | SlackMessageOrderByWithRelationInput[]
    cursor?: SlackMessageWhereUniqueInput
    take?: number
    skip?: number
    distinct?: SlackMessageScalarFieldEnum | SlackMessageScalarFieldEnum[]
  }

  /**
   * Deployment.jobs
   */
  export type Deployment$jobsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    where?: JobWhereInput
    orderBy?: JobOrderByWithRelationInput | JobOrderByWithRelationInput[]
    cursor?: JobWhereUniqueInput
    take?: number
    skip?: number
    distinct?: JobScalarFieldEnum | JobScalarFieldEnum[]
  }

  /**
   * Deployment.roles
   */
  export type Deployment$rolesArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    where?: RoleAssignmentWhereInput
    orderBy?: RoleAssignmentOrderByWithRelationInput | RoleAssignmentOrderByWithRelationInput[]
    cursor?: RoleAssignmentWhereUniqueInput
    take?: number
    skip?: number
    distinct?: RoleAssignmentScalarFieldEnum | RoleAssignmentScalarFieldEnum[]
  }

  /**
   * Deployment.signOffs
   */
  export type Deployment$signOffsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    where?: SignOffWhereInput
    orderBy?: SignOffOrderByWithRelationInput | SignOffOrderByWithRelationInput[]
    cursor?: SignOffWhereUniqueInput
    take?: number
    skip?: number
    distinct?: SignOffScalarFieldEnum | SignOffScalarFieldEnum[]
  }

  /**
   * Deployment.probeRuns
   */
  export type Deployment$probeRunsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    where?: ProbeRunWhereInput
    orderBy?: ProbeRunOrderByWithRelationInput | ProbeRunOrderByWithRelationInput[]
    cursor?: ProbeRunWhereUniqueInput
    take?: number
    skip?: number
    distinct?: ProbeRunScalarFieldEnum | ProbeRunScalarFieldEnum[]
  }

  /**
   * Deployment.verifications
   */
  export type Deployment$verificationsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    where?: VerificationWhereInput
    orderBy?: VerificationOrderByWithRelationInput | VerificationOrderByWithRelationInput[]
    cursor?: VerificationWhereUniqueInput
    take?: number
    skip?: number
    distinct?: VerificationScalarFieldEnum | VerificationScalarFieldEnum[]
  }

  /**
   * Deployment.checkIns
   */
  export type Deployment$checkInsArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    where?: CheckInRecordWhereInput
    orderBy?: CheckInRecordOrderByWithRelationInput | CheckInRecordOrderByWithRelationInput[]
    cursor?: CheckInRecordWhereUniqueInput
    take?: number
    skip?: number
    distinct?: CheckInRecordScalarFieldEnum | CheckInRecordScalarFieldEnum[]
  }

  /**
   * Deployment without action
   */
  export type DeploymentDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Deployment
     */
    select?: DeploymentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Deployment
     */
    omit?: DeploymentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: DeploymentInclude<ExtArgs> | null
  }


  /**
   * Model ItemState
   */

  export type AggregateItemState = {
    _count: ItemStateCountAggregateOutputType | null
    _min: ItemStateMinAggregateOutputType | null
    _max: ItemStateMaxAggregateOutputType | null
  }

  export type ItemStateMinAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    itemKey: string | null
    done: boolean | null
    flagged: boolean | null
    byUser: string | null
    at: Date | null
    note: string | null
    evidenceJson: string | null
  }

  export type ItemStateMaxAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    itemKey: string | null
    done: boolean | null
    flagged: boolean | null
    byUser: string | null
    at: Date | null
    note: string | null
    evidenceJson: string | null
  }

  export type ItemStateCountAggregateOutputType = {
    id: number
    deploymentId: number
    itemKey: number
    done: number
    flagged: number
    byUser: number
    at: number
    note: number
    evidenceJson: number
    _all: number
  }


  export type ItemStateMinAggregateInputType = {
    id?: true
    deploymentId?: true
    itemKey?: true
    done?: true
    flagged?: true
    byUser?: true
    at?: true
    note?: true
    evidenceJson?: true
  }

  export type ItemStateMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    itemKey?: true
    done?: true
    flagged?: true
    byUser?: true
    at?: true
    note?: true
    evidenceJson?: true
  }

  export type ItemStateCountAggregateInputType = {
    id?: true
    deploymentId?: true
    itemKey?: true
    done?: true
    flagged?: true
    byUser?: true
    at?: true
    note?: true
    evidenceJson?: true
    _all?: true
  }

  export type ItemStateAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which ItemState to aggregate.
     */
    where?: ItemStateWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ItemStates to fetch.
     */
    orderBy?: ItemStateOrderByWithRelationInput | ItemStateOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: ItemStateWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ItemStates from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ItemStates.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned ItemStates
    **/
    _count?: true | ItemStateCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: ItemStateMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: ItemStateMaxAggregateInputType
  }

  export type GetItemStateAggregateType<T extends ItemStateAggregateArgs> = {
        [P in keyof T & keyof AggregateItemState]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateItemState[P]>
      : GetScalarType<T[P], AggregateItemState[P]>
  }




  export type ItemStateGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ItemStateWhereInput
    orderBy?: ItemStateOrderByWithAggregationInput | ItemStateOrderByWithAggregationInput[]
    by: ItemStateScalarFieldEnum[] | ItemStateScalarFieldEnum
    having?: ItemStateScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: ItemStateCountAggregateInputType | true
    _min?: ItemStateMinAggregateInputType
    _max?: ItemStateMaxAggregateInputType
  }

  export type ItemStateGroupByOutputType = {
    id: string
    deploymentId: string
    itemKey: string
    done: boolean
    flagged: boolean
    byUser: string | null
    at: Date | null
    note: string | null
    evidenceJson: string | null
    _count: ItemStateCountAggregateOutputType | null
    _min: ItemStateMinAggregateOutputType | null
    _max: ItemStateMaxAggregateOutputType | null
  }

  type GetItemStateGroupByPayload<T extends ItemStateGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<ItemStateGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof ItemStateGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], ItemStateGroupByOutputType[P]>
            : GetScalarType<T[P], ItemStateGroupByOutputType[P]>
        }
      >
    >


  export type ItemStateSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    itemKey?: boolean
    done?: boolean
    flagged?: boolean
    byUser?: boolean
    at?: boolean
    note?: boolean
    evidenceJson?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["itemState"]>

  export type ItemStateSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    itemKey?: boolean
    done?: boolean
    flagged?: boolean
    byUser?: boolean
    at?: boolean
    note?: boolean
    evidenceJson?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["itemState"]>

  export type ItemStateSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    itemKey?: boolean
    done?: boolean
    flagged?: boolean
    byUser?: boolean
    at?: boolean
    note?: boolean
    evidenceJson?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["itemState"]>

  export type ItemStateSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    itemKey?: boolean
    done?: boolean
    flagged?: boolean
    byUser?: boolean
    at?: boolean
    note?: boolean
    evidenceJson?: boolean
  }

  export type ItemStateOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "itemKey" | "done" | "flagged" | "byUser" | "at" | "note" | "evidenceJson", ExtArgs["result"]["itemState"]>
  export type ItemStateInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type ItemStateIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type ItemStateIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $ItemStatePayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "ItemState"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      deploymentId: string
      itemKey: string
      done: boolean
      flagged: boolean
      byUser: string | null
      at: Date | null
      note: string | null
      evidenceJson: string | null
    }, ExtArgs["result"]["itemState"]>
    composites: {}
  }

  type ItemStateGetPayload<S extends boolean | null | undefined | ItemStateDefaultArgs> = $Result.GetResult<Prisma.$ItemStatePayload, S>

  type ItemStateCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<ItemStateFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: ItemStateCountAggregateInputType | true
    }

  export interface ItemStateDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['ItemState'], meta: { name: 'ItemState' } }
    /**
     * Find zero or one ItemState that matches the filter.
     * @param {ItemStateFindUniqueArgs} args - Arguments to find a ItemState
     * @example
     * // Get one ItemState
     * const itemState = await prisma.itemState.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends ItemStateFindUniqueArgs>(args: SelectSubset<T, ItemStateFindUniqueArgs<ExtArgs>>): Prisma__ItemStateClient<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one ItemState that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {ItemStateFindUniqueOrThrowArgs} args - Arguments to find a ItemState
     * @example
     * // Get one ItemState
     * const itemState = await prisma.itemState.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends ItemStateFindUniqueOrThrowArgs>(args: SelectSubset<T, ItemStateFindUniqueOrThrowArgs<ExtArgs>>): Prisma__ItemStateClient<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first ItemState that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ItemStateFindFirstArgs} args - Arguments to find a ItemState
     * @example
     * // Get one ItemState
     * const itemState = await prisma.itemState.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends ItemStateFindFirstArgs>(args?: SelectSubset<T, ItemStateFindFirstArgs<ExtArgs>>): Prisma__ItemStateClient<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first ItemState that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ItemStateFindFirstOrThrowArgs} args - Arguments to find a ItemState
     * @example
     * // Get one ItemState
     * const itemState = await prisma.itemState.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends ItemStateFindFirstOrThrowArgs>(args?: SelectSubset<T, ItemStateFindFirstOrThrowArgs<ExtArgs>>): Prisma__ItemStateClient<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more ItemStates that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ItemStateFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all ItemStates
     * const itemStates = await prisma.itemState.findMany()
     * 
     * // Get first 10 ItemStates
     * const itemStates = await prisma.itemState.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const itemStateWithIdOnly = await prisma.itemState.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends ItemStateFindManyArgs>(args?: SelectSubset<T, ItemStateFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a ItemState.
     * @param {ItemStateCreateArgs} args - Arguments to create a ItemState.
     * @example
     * // Create one ItemState
     * const ItemState = await prisma.itemState.create({
     *   data: {
     *     // ... data to create a ItemState
     *   }
     * })
     * 
     */
    create<T extends ItemStateCreateArgs>(args: SelectSubset<T, ItemStateCreateArgs<ExtArgs>>): Prisma__ItemStateClient<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many ItemStates.
     * @param {ItemStateCreateManyArgs} args - Arguments to create many ItemStates.
     * @example
     * // Create many ItemStates
     * const itemState = await prisma.itemState.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends ItemStateCreateManyArgs>(args?: SelectSubset<T, ItemStateCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many ItemStates and returns the data saved in the database.
     * @param {ItemStateCreateManyAndReturnArgs} args - Arguments to create many ItemStates.
     * @example
     * // Create many ItemStates
     * const itemState = await prisma.itemState.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many ItemStates and only return the `id`
     * const itemStateWithIdOnly = await prisma.itemState.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends ItemStateCreateManyAndReturnArgs>(args?: SelectSubset<T, ItemStateCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a ItemState.
     * @param {ItemStateDeleteArgs} args - Arguments to delete one ItemState.
     * @example
     * // Delete one ItemState
     * const ItemState = await prisma.itemState.delete({
     *   where: {
     *     // ... filter to delete one ItemState
     *   }
     * })
     * 
     */
    delete<T extends ItemStateDeleteArgs>(args: SelectSubset<T, ItemStateDeleteArgs<ExtArgs>>): Prisma__ItemStateClient<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one ItemState.
     * @param {ItemStateUpdateArgs} args - Arguments to update one ItemState.
     * @example
     * // Update one ItemState
     * const itemState = await prisma.itemState.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends ItemStateUpdateArgs>(args: SelectSubset<T, ItemStateUpdateArgs<ExtArgs>>): Prisma__ItemStateClient<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more ItemStates.
     * @param {ItemStateDeleteManyArgs} args - Arguments to filter ItemStates to delete.
     * @example
     * // Delete a few ItemStates
     * const { count } = await prisma.itemState.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends ItemStateDeleteManyArgs>(args?: SelectSubset<T, ItemStateDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more ItemStates.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ItemStateUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many ItemStates
     * const itemState = await prisma.itemState.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends ItemStateUpdateManyArgs>(args: SelectSubset<T, ItemStateUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more ItemStates and returns the data updated in the database.
     * @param {ItemStateUpdateManyAndReturnArgs} args - Arguments to update many ItemStates.
     * @example
     * // Update many ItemStates
     * const itemState = await prisma.itemState.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more ItemStates and only return the `id`
     * const itemStateWithIdOnly = await prisma.itemState.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends ItemStateUpdateManyAndReturnArgs>(args: SelectSubset<T, ItemStateUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one ItemState.
     * @param {ItemStateUpsertArgs} args - Arguments to update or create a ItemState.
     * @example
     * // Update or create a ItemState
     * const itemState = await prisma.itemState.upsert({
     *   create: {
     *     // ... data to create a ItemState
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the ItemState we want to update
     *   }
     * })
     */
    upsert<T extends ItemStateUpsertArgs>(args: SelectSubset<T, ItemStateUpsertArgs<ExtArgs>>): Prisma__ItemStateClient<$Result.GetResult<Prisma.$ItemStatePayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of ItemStates.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ItemStateCountArgs} args - Arguments to filter ItemStates to count.
     * @example
     * // Count the number of ItemStates
     * const count = await prisma.itemState.count({
     *   where: {
     *     // ... the filter for the ItemStates we want to count
     *   }
     * })
    **/
    count<T extends ItemStateCountArgs>(
      args?: Subset<T, ItemStateCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], ItemStateCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a ItemState.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ItemStateAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends ItemStateAggregateArgs>(args: Subset<T, ItemStateAggregateArgs>): Prisma.PrismaPromise<GetItemStateAggregateType<T>>

    /**
     * Group by ItemState.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ItemStateGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends ItemStateGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: ItemStateGroupByArgs['orderBy'] }
        : { orderBy?: ItemStateGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, ItemStateGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetItemStateGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the ItemState model
   */
  readonly fields: ItemStateFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for ItemState.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__ItemStateClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the ItemState model
   */
  interface ItemStateFieldRefs {
    readonly id: FieldRef<"ItemState", 'String'>
    readonly deploymentId: FieldRef<"ItemState", 'String'>
    readonly itemKey: FieldRef<"ItemState", 'String'>
    readonly done: FieldRef<"ItemState", 'Boolean'>
    readonly flagged: FieldRef<"ItemState", 'Boolean'>
    readonly byUser: FieldRef<"ItemState", 'String'>
    readonly at: FieldRef<"ItemState", 'DateTime'>
    readonly note: FieldRef<"ItemState", 'String'>
    readonly evidenceJson: FieldRef<"ItemState", 'String'>
  }
    

  // Custom InputTypes
  /**
   * ItemState findUnique
   */
  export type ItemStateFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * Filter, which ItemState to fetch.
     */
    where: ItemStateWhereUniqueInput
  }

  /**
   * ItemState findUniqueOrThrow
   */
  export type ItemStateFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * Filter, which ItemState to fetch.
     */
    where: ItemStateWhereUniqueInput
  }

  /**
   * ItemState findFirst
   */
  export type ItemStateFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * Filter, which ItemState to fetch.
     */
    where?: ItemStateWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ItemStates to fetch.
     */
    orderBy?: ItemStateOrderByWithRelationInput | ItemStateOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for ItemStates.
     */
    cursor?: ItemStateWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ItemStates from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ItemStates.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of ItemStates.
     */
    distinct?: ItemStateScalarFieldEnum | ItemStateScalarFieldEnum[]
  }

  /**
   * ItemState findFirstOrThrow
   */
  export type ItemStateFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * Filter, which ItemState to fetch.
     */
    where?: ItemStateWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ItemStates to fetch.
     */
    orderBy?: ItemStateOrderByWithRelationInput | ItemStateOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for ItemStates.
     */
    cursor?: ItemStateWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ItemStates from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ItemStates.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of ItemStates.
     */
    distinct?: ItemStateScalarFieldEnum | ItemStateScalarFieldEnum[]
  }

  /**
   * ItemState findMany
   */
  export type ItemStateFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * Filter, which ItemStates to fetch.
     */
    where?: ItemStateWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ItemStates to fetch.
     */
    orderBy?: ItemStateOrderByWithRelationInput | ItemStateOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing ItemStates.
     */
    cursor?: ItemStateWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ItemStates from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ItemStates.
     */
    skip?: number
    distinct?: ItemStateScalarFieldEnum | ItemStateScalarFieldEnum[]
  }

  /**
   * ItemState create
   */
  export type ItemStateCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * The data needed to create a ItemState.
     */
    data: XOR<ItemStateCreateInput, ItemStateUncheckedCreateInput>
  }

  /**
   * ItemState createMany
   */
  export type ItemStateCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many ItemStates.
     */
    data: ItemStateCreateManyInput | ItemStateCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * ItemState createManyAndReturn
   */
  export type ItemStateCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * The data used to create many ItemStates.
     */
    data: ItemStateCreateManyInput | ItemStateCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * ItemState update
   */
  export type ItemStateUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * The data needed to update a ItemState.
     */
    data: XOR<ItemStateUpdateInput, ItemStateUncheckedUpdateInput>
    /**
     * Choose, which ItemState to update.
     */
    where: ItemStateWhereUniqueInput
  }

  /**
   * ItemState updateMany
   */
  export type ItemStateUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update ItemStates.
     */
    data: XOR<ItemStateUpdateManyMutationInput, ItemStateUncheckedUpdateManyInput>
    /**
     * Filter which ItemStates to update
     */
    where?: ItemStateWhereInput
    /**
     * Limit how many ItemStates to update.
     */
    limit?: number
  }

  /**
   * ItemState updateManyAndReturn
   */
  export type ItemStateUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * The data used to update ItemStates.
     */
    data: XOR<ItemStateUpdateManyMutationInput, ItemStateUncheckedUpdateManyInput>
    /**
     * Filter which ItemStates to update
     */
    where?: ItemStateWhereInput
    /**
     * Limit how many ItemStates to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * ItemState upsert
   */
  export type ItemStateUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * The filter to search for the ItemState to update in case it exists.
     */
    where: ItemStateWhereUniqueInput
    /**
     * In case the ItemState found by the `where` argument doesn't exist, create a new ItemState with this data.
     */
    create: XOR<ItemStateCreateInput, ItemStateUncheckedCreateInput>
    /**
     * In case the ItemState was found with the provided `where` argument, update it with this data.
     */
    update: XOR<ItemStateUpdateInput, ItemStateUncheckedUpdateInput>
  }

  /**
   * ItemState delete
   */
  export type ItemStateDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
    /**
     * Filter which ItemState to delete.
     */
    where: ItemStateWhereUniqueInput
  }

  /**
   * ItemState deleteMany
   */
  export type ItemStateDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which ItemStates to delete
     */
    where?: ItemStateWhereInput
    /**
     * Limit how many ItemStates to delete.
     */
    limit?: number
  }

  /**
   * ItemState without action
   */
  export type ItemStateDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ItemState
     */
    select?: ItemStateSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ItemState
     */
    omit?: ItemStateOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ItemStateInclude<ExtArgs> | null
  }


  /**
   * Model AuditEvent
   */

  export type AggregateAuditEvent = {
    _count: AuditEventCountAggregateOutputType | null
    _avg: AuditEventAvgAggregateOutputType | null
    _sum: AuditEventSumAggregateOutputType | null
    _min: AuditEventMinAggregateOutputType | null
    _max: AuditEventMaxAggregateOutputType | null
  }

  export type AuditEventAvgAggregateOutputType = {
    id: number | null
  }

  export type AuditEventSumAggregateOutputType = {
    id: number | null
  }

  export type AuditEventMinAggregateOutputType = {
    id: number | null
    deploymentId: string | null
    actor: string | null
    action: string | null
    itemKey: string | null
    dataJson: string | null
    at: Date | null
  }

  export type AuditEventMaxAggregateOutputType = {
    id: number | null
    deploymentId: string | null
    actor: string | null
    action: string | null
    itemKey: string | null
    dataJson: string | null
    at: Date | null
  }

  export type AuditEventCountAggregateOutputType = {
    id: number
    deploymentId: number
    actor: number
    action: number
    itemKey: number
    dataJson: number
    at: number
    _all: number
  }


  export type AuditEventAvgAggregateInputType = {
    id?: true
  }

  export type AuditEventSumAggregateInputType = {
    id?: true
  }

  export type AuditEventMinAggregateInputType = {
    id?: true
    deploymentId?: true
    actor?: true
    action?: true
    itemKey?: true
    dataJson?: true
    at?: true
  }

  export type AuditEventMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    actor?: true
    action?: true
    itemKey?: true
    dataJson?: true
    at?: true
  }

  export type AuditEventCountAggregateInputType = {
    id?: true
    deploymentId?: true
    actor?: true
    action?: true
    itemKey?: true
    dataJson?: true
    at?: true
    _all?: true
  }

  export type AuditEventAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which AuditEvent to aggregate.
     */
    where?: AuditEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEvents to fetch.
     */
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: AuditEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned AuditEvents
    **/
    _count?: true | AuditEventCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: AuditEventAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: AuditEventSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: AuditEventMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: AuditEventMaxAggregateInputType
  }

  export type GetAuditEventAggregateType<T extends AuditEventAggregateArgs> = {
        [P in keyof T & keyof AggregateAuditEvent]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateAuditEvent[P]>
      : GetScalarType<T[P], AggregateAuditEvent[P]>
  }




  export type AuditEventGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: AuditEventWhereInput
    orderBy?: AuditEventOrderByWithAggregationInput | AuditEventOrderByWithAggregationInput[]
    by: AuditEventScalarFieldEnum[] | AuditEventScalarFieldEnum
    having?: AuditEventScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: AuditEventCountAggregateInputType | true
    _avg?: AuditEventAvgAggregateInputType
    _sum?: AuditEventSumAggregateInputType
    _min?: AuditEventMinAggregateInputType
    _max?: AuditEventMaxAggregateInputType
  }

  export type AuditEventGroupByOutputType = {
    id: number
    deploymentId: string
    actor: string
    action: string
    itemKey: string | null
    dataJson: string
    at: Date
    _count: AuditEventCountAggregateOutputType | null
    _avg: AuditEventAvgAggregateOutputType | null
    _sum: AuditEventSumAggregateOutputType | null
    _min: AuditEventMinAggregateOutputType | null
    _max: AuditEventMaxAggregateOutputType | null
  }

  type GetAuditEventGroupByPayload<T extends AuditEventGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<AuditEventGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof AuditEventGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], AuditEventGroupByOutputType[P]>
            : GetScalarType<T[P], AuditEventGroupByOutputType[P]>
        }
      >
    >


  export type AuditEventSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    actor?: boolean
    action?: boolean
    itemKey?: boolean
    dataJson?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["auditEvent"]>

  export type AuditEventSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    actor?: boolean
    action?: boolean
    itemKey?: boolean
    dataJson?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["auditEvent"]>

  export type AuditEventSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    actor?: boolean
    action?: boolean
    itemKey?: boolean
    dataJson?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["auditEvent"]>

  export type AuditEventSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    actor?: boolean
    action?: boolean
    itemKey?: boolean
    dataJson?: boolean
    at?: boolean
  }

  export type AuditEventOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "actor" | "action" | "itemKey" | "dataJson" | "at", ExtArgs["result"]["auditEvent"]>
  export type AuditEventInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type AuditEventIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type AuditEventIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $AuditEventPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "AuditEvent"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: number
      deploymentId: string
      actor: string
      action: string
      itemKey: string | null
      dataJson: string
      at: Date
    }, ExtArgs["result"]["auditEvent"]>
    composites: {}
  }

  type AuditEventGetPayload<S extends boolean | null | undefined | AuditEventDefaultArgs> = $Result.GetResult<Prisma.$AuditEventPayload, S>

  type AuditEventCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<AuditEventFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: AuditEventCountAggregateInputType | true
    }

  export interface AuditEventDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['AuditEvent'], meta: { name: 'AuditEvent' } }
    /**
     * Find zero or one AuditEvent that matches the filter.
     * @param {AuditEventFindUniqueArgs} args - Arguments to find a AuditEvent
     * @example
     * // Get one AuditEvent
     * const auditEvent = await prisma.auditEvent.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends AuditEventFindUniqueArgs>(args: SelectSubset<T, AuditEventFindUniqueArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one AuditEvent that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {AuditEventFindUniqueOrThrowArgs} args - Arguments to find a AuditEvent
     * @example
     * // Get one AuditEvent
     * const auditEvent = await prisma.auditEvent.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends AuditEventFindUniqueOrThrowArgs>(args: SelectSubset<T, AuditEventFindUniqueOrThrowArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first AuditEvent that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventFindFirstArgs} args - Arguments to find a AuditEvent
     * @example
     * // Get one AuditEvent
     * const auditEvent = await prisma.auditEvent.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends AuditEventFindFirstArgs>(args?: SelectSubset<T, AuditEventFindFirstArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first AuditEvent that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventFindFirstOrThrowArgs} args - Arguments to find a AuditEvent
     * @example
     * // Get one AuditEvent
     * const auditEvent = await prisma.auditEvent.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends AuditEventFindFirstOrThrowArgs>(args?: SelectSubset<T, AuditEventFindFirstOrThrowArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more AuditEvents that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all AuditEvents
     * const auditEvents = await prisma.auditEvent.findMany()
     * 
     * // Get first 10 AuditEvents
     * const auditEvents = await prisma.auditEvent.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const auditEventWithIdOnly = await prisma.auditEvent.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends AuditEventFindManyArgs>(args?: SelectSubset<T, AuditEventFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a AuditEvent.
     * @param {AuditEventCreateArgs} args - Arguments to create a AuditEvent.
     * @example
     * // Create one AuditEvent
     * const AuditEvent = await prisma.auditEvent.create({
     *   data: {
     *     // ... data to create a AuditEvent
     *   }
     * })
     * 
     */
    create<T extends AuditEventCreateArgs>(args: SelectSubset<T, AuditEventCreateArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many AuditEvents.
     * @param {AuditEventCreateManyArgs} args - Arguments to create many AuditEvents.
     * @example
     * // Create many AuditEvents
     * const auditEvent = await prisma.auditEvent.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends AuditEventCreateManyArgs>(args?: SelectSubset<T, AuditEventCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many AuditEvents and returns the data saved in the database.
     * @param {AuditEventCreateManyAndReturnArgs} args - Arguments to create many AuditEvents.
     * @example
     * // Create many AuditEvents
     * const auditEvent = await prisma.auditEvent.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many AuditEvents and only return the `id`
     * const auditEventWithIdOnly = await prisma.auditEvent.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends AuditEventCreateManyAndReturnArgs>(args?: SelectSubset<T, AuditEventCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a AuditEvent.
     * @param {AuditEventDeleteArgs} args - Arguments to delete one AuditEvent.
     * @example
     * // Delete one AuditEvent
     * const AuditEvent = await prisma.auditEvent.delete({
     *   where: {
     *     // ... filter to delete one AuditEvent
     *   }
     * })
     * 
     */
    delete<T extends AuditEventDeleteArgs>(args: SelectSubset<T, AuditEventDeleteArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one AuditEvent.
     * @param {AuditEventUpdateArgs} args - Arguments to update one AuditEvent.
     * @example
     * // Update one AuditEvent
     * const auditEvent = await prisma.auditEvent.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends AuditEventUpdateArgs>(args: SelectSubset<T, AuditEventUpdateArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more AuditEvents.
     * @param {AuditEventDeleteManyArgs} args - Arguments to filter AuditEvents to delete.
     * @example
     * // Delete a few AuditEvents
     * const { count } = await prisma.auditEvent.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends AuditEventDeleteManyArgs>(args?: SelectSubset<T, AuditEventDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more AuditEvents.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many AuditEvents
     * const auditEvent = await prisma.auditEvent.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends AuditEventUpdateManyArgs>(args: SelectSubset<T, AuditEventUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more AuditEvents and returns the data updated in the database.
     * @param {AuditEventUpdateManyAndReturnArgs} args - Arguments to update many AuditEvents.
     * @example
     * // Update many AuditEvents
     * const auditEvent = await prisma.auditEvent.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more AuditEvents and only return the `id`
     * const auditEventWithIdOnly = await prisma.auditEvent.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends AuditEventUpdateManyAndReturnArgs>(args: SelectSubset<T, AuditEventUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one AuditEvent.
     * @param {AuditEventUpsertArgs} args - Arguments to update or create a AuditEvent.
     * @example
     * // Update or create a AuditEvent
     * const auditEvent = await prisma.auditEvent.upsert({
     *   create: {
     *     // ... data to create a AuditEvent
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the AuditEvent we want to update
     *   }
     * })
     */
    upsert<T extends AuditEventUpsertArgs>(args: SelectSubset<T, AuditEventUpsertArgs<ExtArgs>>): Prisma__AuditEventClient<$Result.GetResult<Prisma.$AuditEventPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of AuditEvents.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventCountArgs} args - Arguments to filter AuditEvents to count.
     * @example
     * // Count the number of AuditEvents
     * const count = await prisma.auditEvent.count({
     *   where: {
     *     // ... the filter for the AuditEvents we want to count
     *   }
     * })
    **/
    count<T extends AuditEventCountArgs>(
      args?: Subset<T, AuditEventCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], AuditEventCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a AuditEvent.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends AuditEventAggregateArgs>(args: Subset<T, AuditEventAggregateArgs>): Prisma.PrismaPromise<GetAuditEventAggregateType<T>>

    /**
     * Group by AuditEvent.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {AuditEventGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends AuditEventGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: AuditEventGroupByArgs['orderBy'] }
        : { orderBy?: AuditEventGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, AuditEventGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetAuditEventGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the AuditEvent model
   */
  readonly fields: AuditEventFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for AuditEvent.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__AuditEventClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the AuditEvent model
   */
  interface AuditEventFieldRefs {
    readonly id: FieldRef<"AuditEvent", 'Int'>
    readonly deploymentId: FieldRef<"AuditEvent", 'String'>
    readonly actor: FieldRef<"AuditEvent", 'String'>
    readonly action: FieldRef<"AuditEvent", 'String'>
    readonly itemKey: FieldRef<"AuditEvent", 'String'>
    readonly dataJson: FieldRef<"AuditEvent", 'String'>
    readonly at: FieldRef<"AuditEvent", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * AuditEvent findUnique
   */
  export type AuditEventFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvent to fetch.
     */
    where: AuditEventWhereUniqueInput
  }

  /**
   * AuditEvent findUniqueOrThrow
   */
  export type AuditEventFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvent to fetch.
     */
    where: AuditEventWhereUniqueInput
  }

  /**
   * AuditEvent findFirst
   */
  export type AuditEventFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvent to fetch.
     */
    where?: AuditEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEvents to fetch.
     */
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for AuditEvents.
     */
    cursor?: AuditEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of AuditEvents.
     */
    distinct?: AuditEventScalarFieldEnum | AuditEventScalarFieldEnum[]
  }

  /**
   * AuditEvent findFirstOrThrow
   */
  export type AuditEventFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvent to fetch.
     */
    where?: AuditEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEvents to fetch.
     */
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for AuditEvents.
     */
    cursor?: AuditEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEvents.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of AuditEvents.
     */
    distinct?: AuditEventScalarFieldEnum | AuditEventScalarFieldEnum[]
  }

  /**
   * AuditEvent findMany
   */
  export type AuditEventFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter, which AuditEvents to fetch.
     */
    where?: AuditEventWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of AuditEvents to fetch.
     */
    orderBy?: AuditEventOrderByWithRelationInput | AuditEventOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing AuditEvents.
     */
    cursor?: AuditEventWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` AuditEvents from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` AuditEvents.
     */
    skip?: number
    distinct?: AuditEventScalarFieldEnum | AuditEventScalarFieldEnum[]
  }

  /**
   * AuditEvent create
   */
  export type AuditEventCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * The data needed to create a AuditEvent.
     */
    data: XOR<AuditEventCreateInput, AuditEventUncheckedCreateInput>
  }

  /**
   * AuditEvent createMany
   */
  export type AuditEventCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many AuditEvents.
     */
    data: AuditEventCreateManyInput | AuditEventCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * AuditEvent createManyAndReturn
   */
  export type AuditEventCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * The data used to create many AuditEvents.
     */
    data: AuditEventCreateManyInput | AuditEventCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * AuditEvent update
   */
  export type AuditEventUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * The data needed to update a AuditEvent.
     */
    data: XOR<AuditEventUpdateInput, AuditEventUncheckedUpdateInput>
    /**
     * Choose, which AuditEvent to update.
     */
    where: AuditEventWhereUniqueInput
  }

  /**
   * AuditEvent updateMany
   */
  export type AuditEventUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update AuditEvents.
     */
    data: XOR<AuditEventUpdateManyMutationInput, AuditEventUncheckedUpdateManyInput>
    /**
     * Filter which AuditEvents to update
     */
    where?: AuditEventWhereInput
    /**
     * Limit how many AuditEvents to update.
     */
    limit?: number
  }

  /**
   * AuditEvent updateManyAndReturn
   */
  export type AuditEventUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * The data used to update AuditEvents.
     */
    data: XOR<AuditEventUpdateManyMutationInput, AuditEventUncheckedUpdateManyInput>
    /**
     * Filter which AuditEvents to update
     */
    where?: AuditEventWhereInput
    /**
     * Limit how many AuditEvents to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * AuditEvent upsert
   */
  export type AuditEventUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * The filter to search for the AuditEvent to update in case it exists.
     */
    where: AuditEventWhereUniqueInput
    /**
     * In case the AuditEvent found by the `where` argument doesn't exist, create a new AuditEvent with this data.
     */
    create: XOR<AuditEventCreateInput, AuditEventUncheckedCreateInput>
    /**
     * In case the AuditEvent was found with the provided `where` argument, update it with this data.
     */
    update: XOR<AuditEventUpdateInput, AuditEventUncheckedUpdateInput>
  }

  /**
   * AuditEvent delete
   */
  export type AuditEventDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
    /**
     * Filter which AuditEvent to delete.
     */
    where: AuditEventWhereUniqueInput
  }

  /**
   * AuditEvent deleteMany
   */
  export type AuditEventDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which AuditEvents to delete
     */
    where?: AuditEventWhereInput
    /**
     * Limit how many AuditEvents to delete.
     */
    limit?: number
  }

  /**
   * AuditEvent without action
   */
  export type AuditEventDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the AuditEvent
     */
    select?: AuditEventSelect<ExtArgs> | null
    /**
     * Omit specific fields from the AuditEvent
     */
    omit?: AuditEventOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: AuditEventInclude<ExtArgs> | null
  }


  /**
   * Model SlackMessage
   */

  export type AggregateSlackMessage = {
    _count: SlackMessageCountAggregateOutputType | null
    _avg: SlackMessageAvgAggregateOutputType | null
    _sum: SlackMessageSumAggregateOutputType | null
    _min: SlackMessageMinAggregateOutputType | null
    _max: SlackMessageMaxAggregateOutputType | null
  }

  export type SlackMessageAvgAggregateOutputType = {
    position: number | null
  }

  export type SlackMessageSumAggregateOutputType = {
    position: number | null
  }

  export type SlackMessageMinAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    part: string | null
    channelId: string | null
    ts: string | null
    position: number | null
    renderHash: string | null
  }

  export type SlackMessageMaxAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    part: string | null
    channelId: string | null
    ts: string | null
    position: number | null
    renderHash: string | null
  }

  export type SlackMessageCountAggregateOutputType = {
    id: number
    deploymentId: number
    part: number
    channelId: number
    ts: number
    position: number
    renderHash: number
    _all: number
  }


  export type SlackMessageAvgAggregateInputType = {
    position?: true
  }

  export type SlackMessageSumAggregateInputType = {
    position?: true
  }

  export type SlackMessageMinAggregateInputType = {
    id?: true
    deploymentId?: true
    part?: true
    channelId?: true
    ts?: true
    position?: true
    renderHash?: true
  }

  export type SlackMessageMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    part?: true
    channelId?: true
    ts?: true
    position?: true
    renderHash?: true
  }

  export type SlackMessageCountAggregateInputType = {
    id?: true
    deploymentId?: true
    part?: true
    channelId?: true
    ts?: true
    position?: true
    renderHash?: true
    _all?: true
  }

  export type SlackMessageAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which SlackMessage to aggregate.
     */
    where?: SlackMessageWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SlackMessages to fetch.
     */
    orderBy?: SlackMessageOrderByWithRelationInput | SlackMessageOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: SlackMessageWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SlackMessages from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SlackMessages.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned SlackMessages
    **/
    _count?: true | SlackMessageCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: SlackMessageAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: SlackMessageSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: SlackMessageMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: SlackMessageMaxAggregateInputType
  }

  export type GetSlackMessageAggregateType<T extends SlackMessageAggregateArgs> = {
        [P in keyof T & keyof AggregateSlackMessage]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateSlackMessage[P]>
      : GetScalarType<T[P], AggregateSlackMessage[P]>
  }




  export type SlackMessageGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: SlackMessageWhereInput
    orderBy?: SlackMessageOrderByWithAggregationInput | SlackMessageOrderByWithAggregationInput[]
    by: SlackMessageScalarFieldEnum[] | SlackMessageScalarFieldEnum
    having?: SlackMessageScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: SlackMessageCountAggregateInputType | true
    _avg?: SlackMessageAvgAggregateInputType
    _sum?: SlackMessageSumAggregateInputType
    _min?: SlackMessageMinAggregateInputType
    _max?: SlackMessageMaxAggregateInputType
  }

  export type SlackMessageGroupByOutputType = {
    id: string
    deploymentId: string
    part: string
    channelId: string
    ts: string | null
    position: number
    renderHash: string | null
    _count: SlackMessageCountAggregateOutputType | null
    _avg: SlackMessageAvgAggregateOutputType | null
    _sum: SlackMessageSumAggregateOutputType | null
    _min: SlackMessageMinAggregateOutputType | null
    _max: SlackMessageMaxAggregateOutputType | null
  }

  type GetSlackMessageGroupByPayload<T extends SlackMessageGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<SlackMessageGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof SlackMessageGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], SlackMessageGroupByOutputType[P]>
            : GetScalarType<T[P], SlackMessageGroupByOutputType[P]>
        }
      >
    >


  export type SlackMessageSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    part?: boolean
    channelId?: boolean
    ts?: boolean
    position?: boolean
    renderHash?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["slackMessage"]>

  export type SlackMessageSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    part?: boolean
    channelId?: boolean
    ts?: boolean
    position?: boolean
    renderHash?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["slackMessage"]>

  export type SlackMessageSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    part?: boolean
    channelId?: boolean
    ts?: boolean
    position?: boolean
    renderHash?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["slackMessage"]>

  export type SlackMessageSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    part?: boolean
    channelId?: boolean
    ts?: boolean
    position?: boolean
    renderHash?: boolean
  }

  export type SlackMessageOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "part" | "channelId" | "ts" | "position" | "renderHash", ExtArgs["result"]["slackMessage"]>
  export type SlackMessageInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type SlackMessageIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type SlackMessageIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $SlackMessagePayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "SlackMessage"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      deploymentId: string
      part: string
      channelId: string
      ts: string | null
      position: number
      /**
       * Hash of the last payload Slack accepted; an identical re-render is not sent again.
       */
      renderHash: string | null
    }, ExtArgs["result"]["slackMessage"]>
    composites: {}
  }

  type SlackMessageGetPayload<S extends boolean | null | undefined | SlackMessageDefaultArgs> = $Result.GetResult<Prisma.$SlackMessagePayload, S>

  type SlackMessageCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<SlackMessageFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: SlackMessageCountAggregateInputType | true
    }

  export interface SlackMessageDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['SlackMessage'], meta: { name: 'SlackMessage' } }
    /**
     * Find zero or one SlackMessage that matches the filter.
     * @param {SlackMessageFindUniqueArgs} args - Arguments to find a SlackMessage
     * @example
     * // Get one SlackMessage
     * const slackMessage = await prisma.slackMessage.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends SlackMessageFindUniqueArgs>(args: SelectSubset<T, SlackMessageFindUniqueArgs<ExtArgs>>): Prisma__SlackMessageClient<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one SlackMessage that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {SlackMessageFindUniqueOrThrowArgs} args - Arguments to find a SlackMessage
     * @example
     * // Get one SlackMessage
     * const slackMessage = await prisma.slackMessage.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends SlackMessageFindUniqueOrThrowArgs>(args: SelectSubset<T, SlackMessageFindUniqueOrThrowArgs<ExtArgs>>): Prisma__SlackMessageClient<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first SlackMessage that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SlackMessageFindFirstArgs} args - Arguments to find a SlackMessage
     * @example
     * // Get one SlackMessage
     * const slackMessage = await prisma.slackMessage.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends SlackMessageFindFirstArgs>(args?: SelectSubset<T, SlackMessageFindFirstArgs<ExtArgs>>): Prisma__SlackMessageClient<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first SlackMessage that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SlackMessageFindFirstOrThrowArgs} args - Arguments to find a SlackMessage
     * @example
     * // Get one SlackMessage
     * const slackMessage = await prisma.slackMessage.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends SlackMessageFindFirstOrThrowArgs>(args?: SelectSubset<T, SlackMessageFindFirstOrThrowArgs<ExtArgs>>): Prisma__SlackMessageClient<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more SlackMessages that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SlackMessageFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all SlackMessages
     * const slackMessages = await prisma.slackMessage.findMany()
     * 
     * // Get first 10 SlackMessages
     * const slackMessages = await prisma.slackMessage.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const slackMessageWithIdOnly = await prisma.slackMessage.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends SlackMessageFindManyArgs>(args?: SelectSubset<T, SlackMessageFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a SlackMessage.
     * @param {SlackMessageCreateArgs} args - Arguments to create a SlackMessage.
     * @example
     * // Create one SlackMessage
     * const SlackMessage = await prisma.slackMessage.create({
     *   data: {
     *     // ... data to create a SlackMessage
     *   }
     * })
     * 
     */
    create<T extends SlackMessageCreateArgs>(args: SelectSubset<T, SlackMessageCreateArgs<ExtArgs>>): Prisma__SlackMessageClient<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many SlackMessages.
     * @param {SlackMessageCreateManyArgs} args - Arguments to create many SlackMessages.
     * @example
     * // Create many SlackMessages
     * const slackMessage = await prisma.slackMessage.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends SlackMessageCreateManyArgs>(args?: SelectSubset<T, SlackMessageCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many SlackMessages and returns the data saved in the database.
     * @param {SlackMessageCreateManyAndReturnArgs} args - Arguments to create many SlackMessages.
     * @example
     * // Create many SlackMessages
     * const slackMessage = await prisma.slackMessage.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many SlackMessages and only return the `id`
     * const slackMessageWithIdOnly = await prisma.slackMessage.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends SlackMessageCreateManyAndReturnArgs>(args?: SelectSubset<T, SlackMessageCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a SlackMessage.
     * @param {SlackMessageDeleteArgs} args - Arguments to delete one SlackMessage.
     * @example
     * // Delete one SlackMessage
     * const SlackMessage = await prisma.slackMessage.delete({
     *   where: {
     *     // ... filter to delete one SlackMessage
     *   }
     * })
     * 
     */
    delete<T extends SlackMessageDeleteArgs>(args: SelectSubset<T, SlackMessageDeleteArgs<ExtArgs>>): Prisma__SlackMessageClient<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one SlackMessage.
     * @param {SlackMessageUpdateArgs} args - Arguments to update one SlackMessage.
     * @example
     * // Update one SlackMessage
     * const slackMessage = await prisma.slackMessage.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends SlackMessageUpdateArgs>(args: SelectSubset<T, SlackMessageUpdateArgs<ExtArgs>>): Prisma__SlackMessageClient<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more SlackMessages.
     * @param {SlackMessageDeleteManyArgs} args - Arguments to filter SlackMessages to delete.
     * @example
     * // Delete a few SlackMessages
     * const { count } = await prisma.slackMessage.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends SlackMessageDeleteManyArgs>(args?: SelectSubset<T, SlackMessageDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more SlackMessages.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SlackMessageUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many SlackMessages
     * const slackMessage = await prisma.slackMessage.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends SlackMessageUpdateManyArgs>(args: SelectSubset<T, SlackMessageUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more SlackMessages and returns the data updated in the database.
     * @param {SlackMessageUpdateManyAndReturnArgs} args - Arguments to update many SlackMessages.
     * @example
     * // Update many SlackMessages
     * const slackMessage = await prisma.slackMessage.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more SlackMessages and only return the `id`
     * const slackMessageWithIdOnly = await prisma.slackMessage.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends SlackMessageUpdateManyAndReturnArgs>(args: SelectSubset<T, SlackMessageUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one SlackMessage.
     * @param {SlackMessageUpsertArgs} args - Arguments to update or create a SlackMessage.
     * @example
     * // Update or create a SlackMessage
     * const slackMessage = await prisma.slackMessage.upsert({
     *   create: {
     *     // ... data to create a SlackMessage
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the SlackMessage we want to update
     *   }
     * })
     */
    upsert<T extends SlackMessageUpsertArgs>(args: SelectSubset<T, SlackMessageUpsertArgs<ExtArgs>>): Prisma__SlackMessageClient<$Result.GetResult<Prisma.$SlackMessagePayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of SlackMessages.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SlackMessageCountArgs} args - Arguments to filter SlackMessages to count.
     * @example
     * // Count the number of SlackMessages
     * const count = await prisma.slackMessage.count({
     *   where: {
     *     // ... the filter for the SlackMessages we want to count
     *   }
     * })
    **/
    count<T extends SlackMessageCountArgs>(
      args?: Subset<T, SlackMessageCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], SlackMessageCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a SlackMessage.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SlackMessageAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends SlackMessageAggregateArgs>(args: Subset<T, SlackMessageAggregateArgs>): Prisma.PrismaPromise<GetSlackMessageAggregateType<T>>

    /**
     * Group by SlackMessage.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SlackMessageGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends SlackMessageGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: SlackMessageGroupByArgs['orderBy'] }
        : { orderBy?: SlackMessageGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, SlackMessageGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetSlackMessageGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the SlackMessage model
   */
  readonly fields: SlackMessageFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for SlackMessage.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__SlackMessageClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the SlackMessage model
   */
  interface SlackMessageFieldRefs {
    readonly id: FieldRef<"SlackMessage", 'String'>
    readonly deploymentId: FieldRef<"SlackMessage", 'String'>
    readonly part: FieldRef<"SlackMessage", 'String'>
    readonly channelId: FieldRef<"SlackMessage", 'String'>
    readonly ts: FieldRef<"SlackMessage", 'String'>
    readonly position: FieldRef<"SlackMessage", 'Int'>
    readonly renderHash: FieldRef<"SlackMessage", 'String'>
  }
    

  // Custom InputTypes
  /**
   * SlackMessage findUnique
   */
  export type SlackMessageFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * Filter, which SlackMessage to fetch.
     */
    where: SlackMessageWhereUniqueInput
  }

  /**
   * SlackMessage findUniqueOrThrow
   */
  export type SlackMessageFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * Filter, which SlackMessage to fetch.
     */
    where: SlackMessageWhereUniqueInput
  }

  /**
   * SlackMessage findFirst
   */
  export type SlackMessageFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * Filter, which SlackMessage to fetch.
     */
    where?: SlackMessageWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SlackMessages to fetch.
     */
    orderBy?: SlackMessageOrderByWithRelationInput | SlackMessageOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for SlackMessages.
     */
    cursor?: SlackMessageWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SlackMessages from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SlackMessages.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of SlackMessages.
     */
    distinct?: SlackMessageScalarFieldEnum | SlackMessageScalarFieldEnum[]
  }

  /**
   * SlackMessage findFirstOrThrow
   */
  export type SlackMessageFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * Filter, which SlackMessage to fetch.
     */
    where?: SlackMessageWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SlackMessages to fetch.
     */
    orderBy?: SlackMessageOrderByWithRelationInput | SlackMessageOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for SlackMessages.
     */
    cursor?: SlackMessageWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SlackMessages from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SlackMessages.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of SlackMessages.
     */
    distinct?: SlackMessageScalarFieldEnum | SlackMessageScalarFieldEnum[]
  }

  /**
   * SlackMessage findMany
   */
  export type SlackMessageFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * Filter, which SlackMessages to fetch.
     */
    where?: SlackMessageWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SlackMessages to fetch.
     */
    orderBy?: SlackMessageOrderByWithRelationInput | SlackMessageOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing SlackMessages.
     */
    cursor?: SlackMessageWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SlackMessages from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SlackMessages.
     */
    skip?: number
    distinct?: SlackMessageScalarFieldEnum | SlackMessageScalarFieldEnum[]
  }

  /**
   * SlackMessage create
   */
  export type SlackMessageCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * The data needed to create a SlackMessage.
     */
    data: XOR<SlackMessageCreateInput, SlackMessageUncheckedCreateInput>
  }

  /**
   * SlackMessage createMany
   */
  export type SlackMessageCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many SlackMessages.
     */
    data: SlackMessageCreateManyInput | SlackMessageCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * SlackMessage createManyAndReturn
   */
  export type SlackMessageCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * The data used to create many SlackMessages.
     */
    data: SlackMessageCreateManyInput | SlackMessageCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * SlackMessage update
   */
  export type SlackMessageUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * The data needed to update a SlackMessage.
     */
    data: XOR<SlackMessageUpdateInput, SlackMessageUncheckedUpdateInput>
    /**
     * Choose, which SlackMessage to update.
     */
    where: SlackMessageWhereUniqueInput
  }

  /**
   * SlackMessage updateMany
   */
  export type SlackMessageUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update SlackMessages.
     */
    data: XOR<SlackMessageUpdateManyMutationInput, SlackMessageUncheckedUpdateManyInput>
    /**
     * Filter which SlackMessages to update
     */
    where?: SlackMessageWhereInput
    /**
     * Limit how many SlackMessages to update.
     */
    limit?: number
  }

  /**
   * SlackMessage updateManyAndReturn
   */
  export type SlackMessageUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * The data used to update SlackMessages.
     */
    data: XOR<SlackMessageUpdateManyMutationInput, SlackMessageUncheckedUpdateManyInput>
    /**
     * Filter which SlackMessages to update
     */
    where?: SlackMessageWhereInput
    /**
     * Limit how many SlackMessages to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * SlackMessage upsert
   */
  export type SlackMessageUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * The filter to search for the SlackMessage to update in case it exists.
     */
    where: SlackMessageWhereUniqueInput
    /**
     * In case the SlackMessage found by the `where` argument doesn't exist, create a new SlackMessage with this data.
     */
    create: XOR<SlackMessageCreateInput, SlackMessageUncheckedCreateInput>
    /**
     * In case the SlackMessage was found with the provided `where` argument, update it with this data.
     */
    update: XOR<SlackMessageUpdateInput, SlackMessageUncheckedUpdateInput>
  }

  /**
   * SlackMessage delete
   */
  export type SlackMessageDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
    /**
     * Filter which SlackMessage to delete.
     */
    where: SlackMessageWhereUniqueInput
  }

  /**
   * SlackMessage deleteMany
   */
  export type SlackMessageDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which SlackMessages to delete
     */
    where?: SlackMessageWhereInput
    /**
     * Limit how many SlackMessages to delete.
     */
    limit?: number
  }

  /**
   * SlackMessage without action
   */
  export type SlackMessageDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SlackMessage
     */
    select?: SlackMessageSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SlackMessage
     */
    omit?: SlackMessageOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SlackMessageInclude<ExtArgs> | null
  }


  /**
   * Model Job
   */

  export type AggregateJob = {
    _count: JobCountAggregateOutputType | null
    _avg: JobAvgAggregateOutputType | null
    _sum: JobSumAggregateOutputType | null
    _min: JobMinAggregateOutputType | null
    _max: JobMaxAggregateOutputType | null
  }

  export type JobAvgAggregateOutputType = {
    requestRev: number | null
    attempts: number | null
  }

  export type JobSumAggregateOutputType = {
    requestRev: number | null
    attempts: number | null
  }

  export type JobMinAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    kind: string | null
    dedupeKey: string | null
    requestRev: number | null
    payloadJson: string | null
    dueAt: Date | null
    attempts: number | null
    claimedBy: string | null
    claimedUntil: Date | null
    doneAt: Date | null
    failedAt: Date | null
    lastError: string | null
    createdAt: Date | null
  }

  export type JobMaxAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    kind: string | null
    dedupeKey: string | null
    requestRev: number | null
    payloadJson: string | null
    dueAt: Date | null
    attempts: number | null
    claimedBy: string | null
    claimedUntil: Date | null
    doneAt: Date | null
    failedAt: Date | null
    lastError: string | null
    createdAt: Date | null
  }

  export type JobCountAggregateOutputType = {
    id: number
    deploymentId: number
    kind: number
    dedupeKey: number
    requestRev: number
    payloadJson: number
    dueAt: number
    attempts: number
    claimedBy: number
    claimedUntil: number
    doneAt: number
    failedAt: number
    lastError: number
    createdAt: number
    _all: number
  }


  export type JobAvgAggregateInputType = {
    requestRev?: true
    attempts?: true
  }

  export type JobSumAggregateInputType = {
    requestRev?: true
    attempts?: true
  }

  export type JobMinAggregateInputType = {
    id?: true
    deploymentId?: true
    kind?: true
    dedupeKey?: true
    requestRev?: true
    payloadJson?: true
    dueAt?: true
    attempts?: true
    claimedBy?: true
    claimedUntil?: true
    doneAt?: true
    failedAt?: true
    lastError?: true
    createdAt?: true
  }

  export type JobMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    kind?: true
    dedupeKey?: true
    requestRev?: true
    payloadJson?: true
    dueAt?: true
    attempts?: true
    claimedBy?: true
    claimedUntil?: true
    doneAt?: true
    failedAt?: true
    lastError?: true
    createdAt?: true
  }

  export type JobCountAggregateInputType = {
    id?: true
    deploymentId?: true
    kind?: true
    dedupeKey?: true
    requestRev?: true
    payloadJson?: true
    dueAt?: true
    attempts?: true
    claimedBy?: true
    claimedUntil?: true
    doneAt?: true
    failedAt?: true
    lastError?: true
    createdAt?: true
    _all?: true
  }

  export type JobAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Job to aggregate.
     */
    where?: JobWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Jobs to fetch.
     */
    orderBy?: JobOrderByWithRelationInput | JobOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: JobWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Jobs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Jobs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Jobs
    **/
    _count?: true | JobCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: JobAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: JobSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: JobMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: JobMaxAggregateInputType
  }

  export type GetJobAggregateType<T extends JobAggregateArgs> = {
        [P in keyof T & keyof AggregateJob]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateJob[P]>
      : GetScalarType<T[P], AggregateJob[P]>
  }




  export type JobGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: JobWhereInput
    orderBy?: JobOrderByWithAggregationInput | JobOrderByWithAggregationInput[]
    by: JobScalarFieldEnum[] | JobScalarFieldEnum
    having?: JobScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: JobCountAggregateInputType | true
    _avg?: JobAvgAggregateInputType
    _sum?: JobSumAggregateInputType
    _min?: JobMinAggregateInputType
    _max?: JobMaxAggregateInputType
  }

  export type JobGroupByOutputType = {
    id: string
    deploymentId: string
    kind: string
    dedupeKey: string | null
    requestRev: number
    payloadJson: string
    dueAt: Date
    attempts: number
    claimedBy: string | null
    claimedUntil: Date | null
    doneAt: Date | null
    failedAt: Date | null
    lastError: string | null
    createdAt: Date
    _count: JobCountAggregateOutputType | null
    _avg: JobAvgAggregateOutputType | null
    _sum: JobSumAggregateOutputType | null
    _min: JobMinAggregateOutputType | null
    _max: JobMaxAggregateOutputType | null
  }

  type GetJobGroupByPayload<T extends JobGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<JobGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof JobGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], JobGroupByOutputType[P]>
            : GetScalarType<T[P], JobGroupByOutputType[P]>
        }
      >
    >


  export type JobSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    kind?: boolean
    dedupeKey?: boolean
    requestRev?: boolean
    payloadJson?: boolean
    dueAt?: boolean
    attempts?: boolean
    claimedBy?: boolean
    claimedUntil?: boolean
    doneAt?: boolean
    failedAt?: boolean
    lastError?: boolean
    createdAt?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["job"]>

  export type JobSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    kind?: boolean
    dedupeKey?: boolean
    requestRev?: boolean
    payloadJson?: boolean
    dueAt?: boolean
    attempts?: boolean
    claimedBy?: boolean
    claimedUntil?: boolean
    doneAt?: boolean
    failedAt?: boolean
    lastError?: boolean
    createdAt?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["job"]>

  export type JobSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    kind?: boolean
    dedupeKey?: boolean
    requestRev?: boolean
    payloadJson?: boolean
    dueAt?: boolean
    attempts?: boolean
    claimedBy?: boolean
    claimedUntil?: boolean
    doneAt?: boolean
    failedAt?: boolean
    lastError?: boolean
    createdAt?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["job"]>

  export type JobSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    kind?: boolean
    dedupeKey?: boolean
    requestRev?: boolean
    payloadJson?: boolean
    dueAt?: boolean
    attempts?: boolean
    claimedBy?: boolean
    claimedUntil?: boolean
    doneAt?: boolean
    failedAt?: boolean
    lastError?: boolean
    createdAt?: boolean
  }

  export type JobOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "kind" | "dedupeKey" | "requestRev" | "payloadJson" | "dueAt" | "attempts" | "claimedBy" | "claimedUntil" | "doneAt" | "failedAt" | "lastError" | "createdAt", ExtArgs["result"]["job"]>
  export type JobInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type JobIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type JobIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $JobPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Job"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      deploymentId: string
      kind: string
      /**
       * Pending jobs with the same key coalesce (twenty re-renders of one message become one chat.update).
       */
      dedupeKey: string | null
      /**
       * Bumped when a pending job is requested again; the worker completes it only if unchanged.
       */
      requestRev: number
      payloadJson: string
      dueAt: Date
      attempts: number
      claimedBy: string | null
      claimedUntil: Date | null
      doneAt: Date | null
      failedAt: Date | null
      lastError: string | null
      createdAt: Date
    }, ExtArgs["result"]["job"]>
    composites: {}
  }

  type JobGetPayload<S extends boolean | null | undefined | JobDefaultArgs> = $Result.GetResult<Prisma.$JobPayload, S>

  type JobCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<JobFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: JobCountAggregateInputType | true
    }

  export interface JobDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Job'], meta: { name: 'Job' } }
    /**
     * Find zero or one Job that matches the filter.
     * @param {JobFindUniqueArgs} args - Arguments to find a Job
     * @example
     * // Get one Job
     * const job = await prisma.job.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends JobFindUniqueArgs>(args: SelectSubset<T, JobFindUniqueArgs<ExtArgs>>): Prisma__JobClient<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Job that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {JobFindUniqueOrThrowArgs} args - Arguments to find a Job
     * @example
     * // Get one Job
     * const job = await prisma.job.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends JobFindUniqueOrThrowArgs>(args: SelectSubset<T, JobFindUniqueOrThrowArgs<ExtArgs>>): Prisma__JobClient<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Job that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {JobFindFirstArgs} args - Arguments to find a Job
     * @example
     * // Get one Job
     * const job = await prisma.job.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends JobFindFirstArgs>(args?: SelectSubset<T, JobFindFirstArgs<ExtArgs>>): Prisma__JobClient<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Job that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {JobFindFirstOrThrowArgs} args - Arguments to find a Job
     * @example
     * // Get one Job
     * const job = await prisma.job.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends JobFindFirstOrThrowArgs>(args?: SelectSubset<T, JobFindFirstOrThrowArgs<ExtArgs>>): Prisma__JobClient<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Jobs that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {JobFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Jobs
     * const jobs = await prisma.job.findMany()
     * 
     * // Get first 10 Jobs
     * const jobs = await prisma.job.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const jobWithIdOnly = await prisma.job.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends JobFindManyArgs>(args?: SelectSubset<T, JobFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Job.
     * @param {JobCreateArgs} args - Arguments to create a Job.
     * @example
     * // Create one Job
     * const Job = await prisma.job.create({
     *   data: {
     *     // ... data to create a Job
     *   }
     * })
     * 
     */
    create<T extends JobCreateArgs>(args: SelectSubset<T, JobCreateArgs<ExtArgs>>): Prisma__JobClient<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Jobs.
     * @param {JobCreateManyArgs} args - Arguments to create many Jobs.
     * @example
     * // Create many Jobs
     * const job = await prisma.job.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends JobCreateManyArgs>(args?: SelectSubset<T, JobCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Jobs and returns the data saved in the database.
     * @param {JobCreateManyAndReturnArgs} args - Arguments to create many Jobs.
     * @example
     * // Create many Jobs
     * const job = await prisma.job.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Jobs and only return the `id`
     * const jobWithIdOnly = await prisma.job.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends JobCreateManyAndReturnArgs>(args?: SelectSubset<T, JobCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Job.
     * @param {JobDeleteArgs} args - Arguments to delete one Job.
     * @example
     * // Delete one Job
     * const Job = await prisma.job.delete({
     *   where: {
     *     // ... filter to delete one Job
     *   }
     * })
     * 
     */
    delete<T extends JobDeleteArgs>(args: SelectSubset<T, JobDeleteArgs<ExtArgs>>): Prisma__JobClient<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Job.
     * @param {JobUpdateArgs} args - Arguments to update one Job.
     * @example
     * // Update one Job
     * const job = await prisma.job.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends JobUpdateArgs>(args: SelectSubset<T, JobUpdateArgs<ExtArgs>>): Prisma__JobClient<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Jobs.
     * @param {JobDeleteManyArgs} args - Arguments to filter Jobs to delete.
     * @example
     * // Delete a few Jobs
     * const { count } = await prisma.job.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends JobDeleteManyArgs>(args?: SelectSubset<T, JobDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Jobs.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {JobUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Jobs
     * const job = await prisma.job.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends JobUpdateManyArgs>(args: SelectSubset<T, JobUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Jobs and returns the data updated in the database.
     * @param {JobUpdateManyAndReturnArgs} args - Arguments to update many Jobs.
     * @example
     * // Update many Jobs
     * const job = await prisma.job.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Jobs and only return the `id`
     * const jobWithIdOnly = await prisma.job.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends JobUpdateManyAndReturnArgs>(args: SelectSubset<T, JobUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Job.
     * @param {JobUpsertArgs} args - Arguments to update or create a Job.
     * @example
     * // Update or create a Job
     * const job = await prisma.job.upsert({
     *   create: {
     *     // ... data to create a Job
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Job we want to update
     *   }
     * })
     */
    upsert<T extends JobUpsertArgs>(args: SelectSubset<T, JobUpsertArgs<ExtArgs>>): Prisma__JobClient<$Result.GetResult<Prisma.$JobPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Jobs.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {JobCountArgs} args - Arguments to filter Jobs to count.
     * @example
     * // Count the number of Jobs
     * const count = await prisma.job.count({
     *   where: {
     *     // ... the filter for the Jobs we want to count
     *   }
     * })
    **/
    count<T extends JobCountArgs>(
      args?: Subset<T, JobCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], JobCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Job.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {JobAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends JobAggregateArgs>(args: Subset<T, JobAggregateArgs>): Prisma.PrismaPromise<GetJobAggregateType<T>>

    /**
     * Group by Job.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {JobGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends JobGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: JobGroupByArgs['orderBy'] }
        : { orderBy?: JobGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, JobGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetJobGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Job model
   */
  readonly fields: JobFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Job.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__JobClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Job model
   */
  interface JobFieldRefs {
    readonly id: FieldRef<"Job", 'String'>
    readonly deploymentId: FieldRef<"Job", 'String'>
    readonly kind: FieldRef<"Job", 'String'>
    readonly dedupeKey: FieldRef<"Job", 'String'>
    readonly requestRev: FieldRef<"Job", 'Int'>
    readonly payloadJson: FieldRef<"Job", 'String'>
    readonly dueAt: FieldRef<"Job", 'DateTime'>
    readonly attempts: FieldRef<"Job", 'Int'>
    readonly claimedBy: FieldRef<"Job", 'String'>
    readonly claimedUntil: FieldRef<"Job", 'DateTime'>
    readonly doneAt: FieldRef<"Job", 'DateTime'>
    readonly failedAt: FieldRef<"Job", 'DateTime'>
    readonly lastError: FieldRef<"Job", 'String'>
    readonly createdAt: FieldRef<"Job", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Job findUnique
   */
  export type JobFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * Filter, which Job to fetch.
     */
    where: JobWhereUniqueInput
  }

  /**
   * Job findUniqueOrThrow
   */
  export type JobFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * Filter, which Job to fetch.
     */
    where: JobWhereUniqueInput
  }

  /**
   * Job findFirst
   */
  export type JobFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * Filter, which Job to fetch.
     */
    where?: JobWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Jobs to fetch.
     */
    orderBy?: JobOrderByWithRelationInput | JobOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Jobs.
     */
    cursor?: JobWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Jobs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Jobs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Jobs.
     */
    distinct?: JobScalarFieldEnum | JobScalarFieldEnum[]
  }

  /**
   * Job findFirstOrThrow
   */
  export type JobFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * Filter, which Job to fetch.
     */
    where?: JobWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Jobs to fetch.
     */
    orderBy?: JobOrderByWithRelationInput | JobOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Jobs.
     */
    cursor?: JobWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Jobs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Jobs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Jobs.
     */
    distinct?: JobScalarFieldEnum | JobScalarFieldEnum[]
  }

  /**
   * Job findMany
   */
  export type JobFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * Filter, which Jobs to fetch.
     */
    where?: JobWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Jobs to fetch.
     */
    orderBy?: JobOrderByWithRelationInput | JobOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Jobs.
     */
    cursor?: JobWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Jobs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Jobs.
     */
    skip?: number
    distinct?: JobScalarFieldEnum | JobScalarFieldEnum[]
  }

  /**
   * Job create
   */
  export type JobCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * The data needed to create a Job.
     */
    data: XOR<JobCreateInput, JobUncheckedCreateInput>
  }

  /**
   * Job createMany
   */
  export type JobCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Jobs.
     */
    data: JobCreateManyInput | JobCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Job createManyAndReturn
   */
  export type JobCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * The data used to create many Jobs.
     */
    data: JobCreateManyInput | JobCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Job update
   */
  export type JobUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * The data needed to update a Job.
     */
    data: XOR<JobUpdateInput, JobUncheckedUpdateInput>
    /**
     * Choose, which Job to update.
     */
    where: JobWhereUniqueInput
  }

  /**
   * Job updateMany
   */
  export type JobUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Jobs.
     */
    data: XOR<JobUpdateManyMutationInput, JobUncheckedUpdateManyInput>
    /**
     * Filter which Jobs to update
     */
    where?: JobWhereInput
    /**
     * Limit how many Jobs to update.
     */
    limit?: number
  }

  /**
   * Job updateManyAndReturn
   */
  export type JobUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * The data used to update Jobs.
     */
    data: XOR<JobUpdateManyMutationInput, JobUncheckedUpdateManyInput>
    /**
     * Filter which Jobs to update
     */
    where?: JobWhereInput
    /**
     * Limit how many Jobs to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Job upsert
   */
  export type JobUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * The filter to search for the Job to update in case it exists.
     */
    where: JobWhereUniqueInput
    /**
     * In case the Job found by the `where` argument doesn't exist, create a new Job with this data.
     */
    create: XOR<JobCreateInput, JobUncheckedCreateInput>
    /**
     * In case the Job was found with the provided `where` argument, update it with this data.
     */
    update: XOR<JobUpdateInput, JobUncheckedUpdateInput>
  }

  /**
   * Job delete
   */
  export type JobDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
    /**
     * Filter which Job to delete.
     */
    where: JobWhereUniqueInput
  }

  /**
   * Job deleteMany
   */
  export type JobDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Jobs to delete
     */
    where?: JobWhereInput
    /**
     * Limit how many Jobs to delete.
     */
    limit?: number
  }

  /**
   * Job without action
   */
  export type JobDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Job
     */
    select?: JobSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Job
     */
    omit?: JobOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: JobInclude<ExtArgs> | null
  }


  /**
   * Model RoleAssignment
   */

  export type AggregateRoleAssignment = {
    _count: RoleAssignmentCountAggregateOutputType | null
    _min: RoleAssignmentMinAggregateOutputType | null
    _max: RoleAssignmentMaxAggregateOutputType | null
  }

  export type RoleAssignmentMinAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    roleKey: string | null
    userId: string | null
  }

  export type RoleAssignmentMaxAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    roleKey: string | null
    userId: string | null
  }

  export type RoleAssignmentCountAggregateOutputType = {
    id: number
    deploymentId: number
    roleKey: number
    userId: number
    _all: number
  }


  export type RoleAssignmentMinAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
  }

  export type RoleAssignmentMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
  }

  export type RoleAssignmentCountAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
    _all?: true
  }

  export type RoleAssignmentAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which RoleAssignment to aggregate.
     */
    where?: RoleAssignmentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RoleAssignments to fetch.
     */
    orderBy?: RoleAssignmentOrderByWithRelationInput | RoleAssignmentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: RoleAssignmentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RoleAssignments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RoleAssignments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned RoleAssignments
    **/
    _count?: true | RoleAssignmentCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: RoleAssignmentMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: RoleAssignmentMaxAggregateInputType
  }

  export type GetRoleAssignmentAggregateType<T extends RoleAssignmentAggregateArgs> = {
        [P in keyof T & keyof AggregateRoleAssignment]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateRoleAssignment[P]>
      : GetScalarType<T[P], AggregateRoleAssignment[P]>
  }




  export type RoleAssignmentGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: RoleAssignmentWhereInput
    orderBy?: RoleAssignmentOrderByWithAggregationInput | RoleAssignmentOrderByWithAggregationInput[]
    by: RoleAssignmentScalarFieldEnum[] | RoleAssignmentScalarFieldEnum
    having?: RoleAssignmentScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: RoleAssignmentCountAggregateInputType | true
    _min?: RoleAssignmentMinAggregateInputType
    _max?: RoleAssignmentMaxAggregateInputType
  }

  export type RoleAssignmentGroupByOutputType = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
    _count: RoleAssignmentCountAggregateOutputType | null
    _min: RoleAssignmentMinAggregateOutputType | null
    _max: RoleAssignmentMaxAggregateOutputType | null
  }

  type GetRoleAssignmentGroupByPayload<T extends RoleAssignmentGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<RoleAssignmentGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof RoleAssignmentGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], RoleAssignmentGroupByOutputType[P]>
            : GetScalarType<T[P], RoleAssignmentGroupByOutputType[P]>
        }
      >
    >


  export type RoleAssignmentSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["roleAssignment"]>

  export type RoleAssignmentSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["roleAssignment"]>

  export type RoleAssignmentSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["roleAssignment"]>

  export type RoleAssignmentSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
  }

  export type RoleAssignmentOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "roleKey" | "userId", ExtArgs["result"]["roleAssignment"]>
  export type RoleAssignmentInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type RoleAssignmentIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type RoleAssignmentIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $RoleAssignmentPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "RoleAssignment"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      deploymentId: string
      roleKey: string
      userId: string
    }, ExtArgs["result"]["roleAssignment"]>
    composites: {}
  }

  type RoleAssignmentGetPayload<S extends boolean | null | undefined | RoleAssignmentDefaultArgs> = $Result.GetResult<Prisma.$RoleAssignmentPayload, S>

  type RoleAssignmentCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<RoleAssignmentFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: RoleAssignmentCountAggregateInputType | true
    }

  export interface RoleAssignmentDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['RoleAssignment'], meta: { name: 'RoleAssignment' } }
    /**
     * Find zero or one RoleAssignment that matches the filter.
     * @param {RoleAssignmentFindUniqueArgs} args - Arguments to find a RoleAssignment
     * @example
     * // Get one RoleAssignment
     * const roleAssignment = await prisma.roleAssignment.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends RoleAssignmentFindUniqueArgs>(args: SelectSubset<T, RoleAssignmentFindUniqueArgs<ExtArgs>>): Prisma__RoleAssignmentClient<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one RoleAssignment that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {RoleAssignmentFindUniqueOrThrowArgs} args - Arguments to find a RoleAssignment
     * @example
     * // Get one RoleAssignment
     * const roleAssignment = await prisma.roleAssignment.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends RoleAssignmentFindUniqueOrThrowArgs>(args: SelectSubset<T, RoleAssignmentFindUniqueOrThrowArgs<ExtArgs>>): Prisma__RoleAssignmentClient<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first RoleAssignment that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RoleAssignmentFindFirstArgs} args - Arguments to find a RoleAssignment
     * @example
     * // Get one RoleAssignment
     * const roleAssignment = await prisma.roleAssignment.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends RoleAssignmentFindFirstArgs>(args?: SelectSubset<T, RoleAssignmentFindFirstArgs<ExtArgs>>): Prisma__RoleAssignmentClient<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first RoleAssignment that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RoleAssignmentFindFirstOrThrowArgs} args - Arguments to find a RoleAssignment
     * @example
     * // Get one RoleAssignment
     * const roleAssignment = await prisma.roleAssignment.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends RoleAssignmentFindFirstOrThrowArgs>(args?: SelectSubset<T, RoleAssignmentFindFirstOrThrowArgs<ExtArgs>>): Prisma__RoleAssignmentClient<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more RoleAssignments that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RoleAssignmentFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all RoleAssignments
     * const roleAssignments = await prisma.roleAssignment.findMany()
     * 
     * // Get first 10 RoleAssignments
     * const roleAssignments = await prisma.roleAssignment.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const roleAssignmentWithIdOnly = await prisma.roleAssignment.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends RoleAssignmentFindManyArgs>(args?: SelectSubset<T, RoleAssignmentFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a RoleAssignment.
     * @param {RoleAssignmentCreateArgs} args - Arguments to create a RoleAssignment.
     * @example
     * // Create one RoleAssignment
     * const RoleAssignment = await prisma.roleAssignment.create({
     *   data: {
     *     // ... data to create a RoleAssignment
     *   }
     * })
     * 
     */
    create<T extends RoleAssignmentCreateArgs>(args: SelectSubset<T, RoleAssignmentCreateArgs<ExtArgs>>): Prisma__RoleAssignmentClient<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many RoleAssignments.
     * @param {RoleAssignmentCreateManyArgs} args - Arguments to create many RoleAssignments.
     * @example
     * // Create many RoleAssignments
     * const roleAssignment = await prisma.roleAssignment.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends RoleAssignmentCreateManyArgs>(args?: SelectSubset<T, RoleAssignmentCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many RoleAssignments and returns the data saved in the database.
     * @param {RoleAssignmentCreateManyAndReturnArgs} args - Arguments to create many RoleAssignments.
     * @example
     * // Create many RoleAssignments
     * const roleAssignment = await prisma.roleAssignment.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many RoleAssignments and only return the `id`
     * const roleAssignmentWithIdOnly = await prisma.roleAssignment.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends RoleAssignmentCreateManyAndReturnArgs>(args?: SelectSubset<T, RoleAssignmentCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a RoleAssignment.
     * @param {RoleAssignmentDeleteArgs} args - Arguments to delete one RoleAssignment.
     * @example
     * // Delete one RoleAssignment
     * const RoleAssignment = await prisma.roleAssignment.delete({
     *   where: {
     *     // ... filter to delete one RoleAssignment
     *   }
     * })
     * 
     */
    delete<T extends RoleAssignmentDeleteArgs>(args: SelectSubset<T, RoleAssignmentDeleteArgs<ExtArgs>>): Prisma__RoleAssignmentClient<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one RoleAssignment.
     * @param {RoleAssignmentUpdateArgs} args - Arguments to update one RoleAssignment.
     * @example
     * // Update one RoleAssignment
     * const roleAssignment = await prisma.roleAssignment.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends RoleAssignmentUpdateArgs>(args: SelectSubset<T, RoleAssignmentUpdateArgs<ExtArgs>>): Prisma__RoleAssignmentClient<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more RoleAssignments.
     * @param {RoleAssignmentDeleteManyArgs} args - Arguments to filter RoleAssignments to delete.
     * @example
     * // Delete a few RoleAssignments
     * const { count } = await prisma.roleAssignment.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends RoleAssignmentDeleteManyArgs>(args?: SelectSubset<T, RoleAssignmentDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more RoleAssignments.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RoleAssignmentUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many RoleAssignments
     * const roleAssignment = await prisma.roleAssignment.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends RoleAssignmentUpdateManyArgs>(args: SelectSubset<T, RoleAssignmentUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more RoleAssignments and returns the data updated in the database.
     * @param {RoleAssignmentUpdateManyAndReturnArgs} args - Arguments to update many RoleAssignments.
     * @example
     * // Update many RoleAssignments
     * const roleAssignment = await prisma.roleAssignment.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more RoleAssignments and only return the `id`
     * const roleAssignmentWithIdOnly = await prisma.roleAssignment.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends RoleAssignmentUpdateManyAndReturnArgs>(args: SelectSubset<T, RoleAssignmentUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one RoleAssignment.
     * @param {RoleAssignmentUpsertArgs} args - Arguments to update or create a RoleAssignment.
     * @example
     * // Update or create a RoleAssignment
     * const roleAssignment = await prisma.roleAssignment.upsert({
     *   create: {
     *     // ... data to create a RoleAssignment
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the RoleAssignment we want to update
     *   }
     * })
     */
    upsert<T extends RoleAssignmentUpsertArgs>(args: SelectSubset<T, RoleAssignmentUpsertArgs<ExtArgs>>): Prisma__RoleAssignmentClient<$Result.GetResult<Prisma.$RoleAssignmentPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of RoleAssignments.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RoleAssignmentCountArgs} args - Arguments to filter RoleAssignments to count.
     * @example
     * // Count the number of RoleAssignments
     * const count = await prisma.roleAssignment.count({
     *   where: {
     *     // ... the filter for the RoleAssignments we want to count
     *   }
     * })
    **/
    count<T extends RoleAssignmentCountArgs>(
      args?: Subset<T, RoleAssignmentCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], RoleAssignmentCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a RoleAssignment.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RoleAssignmentAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends RoleAssignmentAggregateArgs>(args: Subset<T, RoleAssignmentAggregateArgs>): Prisma.PrismaPromise<GetRoleAssignmentAggregateType<T>>

    /**
     * Group by RoleAssignment.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {RoleAssignmentGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends RoleAssignmentGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: RoleAssignmentGroupByArgs['orderBy'] }
        : { orderBy?: RoleAssignmentGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, RoleAssignmentGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetRoleAssignmentGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the RoleAssignment model
   */
  readonly fields: RoleAssignmentFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for RoleAssignment.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__RoleAssignmentClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the RoleAssignment model
   */
  interface RoleAssignmentFieldRefs {
    readonly id: FieldRef<"RoleAssignment", 'String'>
    readonly deploymentId: FieldRef<"RoleAssignment", 'String'>
    readonly roleKey: FieldRef<"RoleAssignment", 'String'>
    readonly userId: FieldRef<"RoleAssignment", 'String'>
  }
    

  // Custom InputTypes
  /**
   * RoleAssignment findUnique
   */
  export type RoleAssignmentFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * Filter, which RoleAssignment to fetch.
     */
    where: RoleAssignmentWhereUniqueInput
  }

  /**
   * RoleAssignment findUniqueOrThrow
   */
  export type RoleAssignmentFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * Filter, which RoleAssignment to fetch.
     */
    where: RoleAssignmentWhereUniqueInput
  }

  /**
   * RoleAssignment findFirst
   */
  export type RoleAssignmentFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * Filter, which RoleAssignment to fetch.
     */
    where?: RoleAssignmentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RoleAssignments to fetch.
     */
    orderBy?: RoleAssignmentOrderByWithRelationInput | RoleAssignmentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for RoleAssignments.
     */
    cursor?: RoleAssignmentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RoleAssignments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RoleAssignments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of RoleAssignments.
     */
    distinct?: RoleAssignmentScalarFieldEnum | RoleAssignmentScalarFieldEnum[]
  }

  /**
   * RoleAssignment findFirstOrThrow
   */
  export type RoleAssignmentFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * Filter, which RoleAssignment to fetch.
     */
    where?: RoleAssignmentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RoleAssignments to fetch.
     */
    orderBy?: RoleAssignmentOrderByWithRelationInput | RoleAssignmentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for RoleAssignments.
     */
    cursor?: RoleAssignmentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RoleAssignments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RoleAssignments.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of RoleAssignments.
     */
    distinct?: RoleAssignmentScalarFieldEnum | RoleAssignmentScalarFieldEnum[]
  }

  /**
   * RoleAssignment findMany
   */
  export type RoleAssignmentFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * Filter, which RoleAssignments to fetch.
     */
    where?: RoleAssignmentWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of RoleAssignments to fetch.
     */
    orderBy?: RoleAssignmentOrderByWithRelationInput | RoleAssignmentOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing RoleAssignments.
     */
    cursor?: RoleAssignmentWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` RoleAssignments from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` RoleAssignments.
     */
    skip?: number
    distinct?: RoleAssignmentScalarFieldEnum | RoleAssignmentScalarFieldEnum[]
  }

  /**
   * RoleAssignment create
   */
  export type RoleAssignmentCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * The data needed to create a RoleAssignment.
     */
    data: XOR<RoleAssignmentCreateInput, RoleAssignmentUncheckedCreateInput>
  }

  /**
   * RoleAssignment createMany
   */
  export type RoleAssignmentCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many RoleAssignments.
     */
    data: RoleAssignmentCreateManyInput | RoleAssignmentCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * RoleAssignment createManyAndReturn
   */
  export type RoleAssignmentCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * The data used to create many RoleAssignments.
     */
    data: RoleAssignmentCreateManyInput | RoleAssignmentCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * RoleAssignment update
   */
  export type RoleAssignmentUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * The data needed to update a RoleAssignment.
     */
    data: XOR<RoleAssignmentUpdateInput, RoleAssignmentUncheckedUpdateInput>
    /**
     * Choose, which RoleAssignment to update.
     */
    where: RoleAssignmentWhereUniqueInput
  }

  /**
   * RoleAssignment updateMany
   */
  export type RoleAssignmentUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update RoleAssignments.
     */
    data: XOR<RoleAssignmentUpdateManyMutationInput, RoleAssignmentUncheckedUpdateManyInput>
    /**
     * Filter which RoleAssignments to update
     */
    where?: RoleAssignmentWhereInput
    /**
     * Limit how many RoleAssignments to update.
     */
    limit?: number
  }

  /**
   * RoleAssignment updateManyAndReturn
   */
  export type RoleAssignmentUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * The data used to update RoleAssignments.
     */
    data: XOR<RoleAssignmentUpdateManyMutationInput, RoleAssignmentUncheckedUpdateManyInput>
    /**
     * Filter which RoleAssignments to update
     */
    where?: RoleAssignmentWhereInput
    /**
     * Limit how many RoleAssignments to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * RoleAssignment upsert
   */
  export type RoleAssignmentUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * The filter to search for the RoleAssignment to update in case it exists.
     */
    where: RoleAssignmentWhereUniqueInput
    /**
     * In case the RoleAssignment found by the `where` argument doesn't exist, create a new RoleAssignment with this data.
     */
    create: XOR<RoleAssignmentCreateInput, RoleAssignmentUncheckedCreateInput>
    /**
     * In case the RoleAssignment was found with the provided `where` argument, update it with this data.
     */
    update: XOR<RoleAssignmentUpdateInput, RoleAssignmentUncheckedUpdateInput>
  }

  /**
   * RoleAssignment delete
   */
  export type RoleAssignmentDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
    /**
     * Filter which RoleAssignment to delete.
     */
    where: RoleAssignmentWhereUniqueInput
  }

  /**
   * RoleAssignment deleteMany
   */
  export type RoleAssignmentDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which RoleAssignments to delete
     */
    where?: RoleAssignmentWhereInput
    /**
     * Limit how many RoleAssignments to delete.
     */
    limit?: number
  }

  /**
   * RoleAssignment without action
   */
  export type RoleAssignmentDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the RoleAssignment
     */
    select?: RoleAssignmentSelect<ExtArgs> | null
    /**
     * Omit specific fields from the RoleAssignment
     */
    omit?: RoleAssignmentOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: RoleAssignmentInclude<ExtArgs> | null
  }


  /**
   * Model SignOff
   */

  export type AggregateSignOff = {
    _count: SignOffCountAggregateOutputType | null
    _min: SignOffMinAggregateOutputType | null
    _max: SignOffMaxAggregateOutputType | null
  }

  export type SignOffMinAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    roleKey: string | null
    userId: string | null
    decision: string | null
    reason: string | null
    note: string | null
    at: Date | null
    staleAt: Date | null
    staleReason: string | null
  }

  export type SignOffMaxAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    roleKey: string | null
    userId: string | null
    decision: string | null
    reason: string | null
    note: string | null
    at: Date | null
    staleAt: Date | null
    staleReason: string | null
  }

  export type SignOffCountAggregateOutputType = {
    id: number
    deploymentId: number
    roleKey: number
    userId: number
    decision: number
    reason: number
    note: number
    at: number
    staleAt: number
    staleReason: number
    _all: number
  }


  export type SignOffMinAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
    decision?: true
    reason?: true
    note?: true
    at?: true
    staleAt?: true
    staleReason?: true
  }

  export type SignOffMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
    decision?: true
    reason?: true
    note?: true
    at?: true
    staleAt?: true
    staleReason?: true
  }

  export type SignOffCountAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
    decision?: true
    reason?: true
    note?: true
    at?: true
    staleAt?: true
    staleReason?: true
    _all?: true
  }

  export type SignOffAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which SignOff to aggregate.
     */
    where?: SignOffWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SignOffs to fetch.
     */
    orderBy?: SignOffOrderByWithRelationInput | SignOffOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: SignOffWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SignOffs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SignOffs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned SignOffs
    **/
    _count?: true | SignOffCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: SignOffMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: SignOffMaxAggregateInputType
  }

  export type GetSignOffAggregateType<T extends SignOffAggregateArgs> = {
        [P in keyof T & keyof AggregateSignOff]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateSignOff[P]>
      : GetScalarType<T[P], AggregateSignOff[P]>
  }




  export type SignOffGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: SignOffWhereInput
    orderBy?: SignOffOrderByWithAggregationInput | SignOffOrderByWithAggregationInput[]
    by: SignOffScalarFieldEnum[] | SignOffScalarFieldEnum
    having?: SignOffScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: SignOffCountAggregateInputType | true
    _min?: SignOffMinAggregateInputType
    _max?: SignOffMaxAggregateInputType
  }

  export type SignOffGroupByOutputType = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
    decision: string
    reason: string | null
    note: string | null
    at: Date
    staleAt: Date | null
    staleReason: string | null
    _count: SignOffCountAggregateOutputType | null
    _min: SignOffMinAggregateOutputType | null
    _max: SignOffMaxAggregateOutputType | null
  }

  type GetSignOffGroupByPayload<T extends SignOffGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<SignOffGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof SignOffGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], SignOffGroupByOutputType[P]>
            : GetScalarType<T[P], SignOffGroupByOutputType[P]>
        }
      >
    >


  export type SignOffSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    decision?: boolean
    reason?: boolean
    note?: boolean
    at?: boolean
    staleAt?: boolean
    staleReason?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["signOff"]>

  export type SignOffSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    decision?: boolean
    reason?: boolean
    note?: boolean
    at?: boolean
    staleAt?: boolean
    staleReason?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["signOff"]>

  export type SignOffSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    decision?: boolean
    reason?: boolean
    note?: boolean
    at?: boolean
    staleAt?: boolean
    staleReason?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["signOff"]>

  export type SignOffSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    decision?: boolean
    reason?: boolean
    note?: boolean
    at?: boolean
    staleAt?: boolean
    staleReason?: boolean
  }

  export type SignOffOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "roleKey" | "userId" | "decision" | "reason" | "note" | "at" | "staleAt" | "staleReason", ExtArgs["result"]["signOff"]>
  export type SignOffInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type SignOffIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type SignOffIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $SignOffPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "SignOff"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      deploymentId: string
      roleKey: string
      userId: string
      decision: string
      reason: string | null
      note: string | null
      at: Date
      staleAt: Date | null
      staleReason: string | null
    }, ExtArgs["result"]["signOff"]>
    composites: {}
  }

  type SignOffGetPayload<S extends boolean | null | undefined | SignOffDefaultArgs> = $Result.GetResult<Prisma.$SignOffPayload, S>

  type SignOffCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<SignOffFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: SignOffCountAggregateInputType | true
    }

  export interface SignOffDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['SignOff'], meta: { name: 'SignOff' } }
    /**
     * Find zero or one SignOff that matches the filter.
     * @param {SignOffFindUniqueArgs} args - Arguments to find a SignOff
     * @example
     * // Get one SignOff
     * const signOff = await prisma.signOff.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends SignOffFindUniqueArgs>(args: SelectSubset<T, SignOffFindUniqueArgs<ExtArgs>>): Prisma__SignOffClient<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one SignOff that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {SignOffFindUniqueOrThrowArgs} args - Arguments to find a SignOff
     * @example
     * // Get one SignOff
     * const signOff = await prisma.signOff.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends SignOffFindUniqueOrThrowArgs>(args: SelectSubset<T, SignOffFindUniqueOrThrowArgs<ExtArgs>>): Prisma__SignOffClient<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first SignOff that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SignOffFindFirstArgs} args - Arguments to find a SignOff
     * @example
     * // Get one SignOff
     * const signOff = await prisma.signOff.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends SignOffFindFirstArgs>(args?: SelectSubset<T, SignOffFindFirstArgs<ExtArgs>>): Prisma__SignOffClient<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first SignOff that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SignOffFindFirstOrThrowArgs} args - Arguments to find a SignOff
     * @example
     * // Get one SignOff
     * const signOff = await prisma.signOff.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends SignOffFindFirstOrThrowArgs>(args?: SelectSubset<T, SignOffFindFirstOrThrowArgs<ExtArgs>>): Prisma__SignOffClient<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more SignOffs that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SignOffFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all SignOffs
     * const signOffs = await prisma.signOff.findMany()
     * 
     * // Get first 10 SignOffs
     * const signOffs = await prisma.signOff.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const signOffWithIdOnly = await prisma.signOff.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends SignOffFindManyArgs>(args?: SelectSubset<T, SignOffFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a SignOff.
     * @param {SignOffCreateArgs} args - Arguments to create a SignOff.
     * @example
     * // Create one SignOff
     * const SignOff = await prisma.signOff.create({
     *   data: {
     *     // ... data to create a SignOff
     *   }
     * })
     * 
     */
    create<T extends SignOffCreateArgs>(args: SelectSubset<T, SignOffCreateArgs<ExtArgs>>): Prisma__SignOffClient<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many SignOffs.
     * @param {SignOffCreateManyArgs} args - Arguments to create many SignOffs.
     * @example
     * // Create many SignOffs
     * const signOff = await prisma.signOff.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends SignOffCreateManyArgs>(args?: SelectSubset<T, SignOffCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many SignOffs and returns the data saved in the database.
     * @param {SignOffCreateManyAndReturnArgs} args - Arguments to create many SignOffs.
     * @example
     * // Create many SignOffs
     * const signOff = await prisma.signOff.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many SignOffs and only return the `id`
     * const signOffWithIdOnly = await prisma.signOff.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends SignOffCreateManyAndReturnArgs>(args?: SelectSubset<T, SignOffCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a SignOff.
     * @param {SignOffDeleteArgs} args - Arguments to delete one SignOff.
     * @example
     * // Delete one SignOff
     * const SignOff = await prisma.signOff.delete({
     *   where: {
     *     // ... filter to delete one SignOff
     *   }
     * })
     * 
     */
    delete<T extends SignOffDeleteArgs>(args: SelectSubset<T, SignOffDeleteArgs<ExtArgs>>): Prisma__SignOffClient<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one SignOff.
     * @param {SignOffUpdateArgs} args - Arguments to update one SignOff.
     * @example
     * // Update one SignOff
     * const signOff = await prisma.signOff.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends SignOffUpdateArgs>(args: SelectSubset<T, SignOffUpdateArgs<ExtArgs>>): Prisma__SignOffClient<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more SignOffs.
     * @param {SignOffDeleteManyArgs} args - Arguments to filter SignOffs to delete.
     * @example
     * // Delete a few SignOffs
     * const { count } = await prisma.signOff.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends SignOffDeleteManyArgs>(args?: SelectSubset<T, SignOffDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more SignOffs.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SignOffUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many SignOffs
     * const signOff = await prisma.signOff.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends SignOffUpdateManyArgs>(args: SelectSubset<T, SignOffUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more SignOffs and returns the data updated in the database.
     * @param {SignOffUpdateManyAndReturnArgs} args - Arguments to update many SignOffs.
     * @example
     * // Update many SignOffs
     * const signOff = await prisma.signOff.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more SignOffs and only return the `id`
     * const signOffWithIdOnly = await prisma.signOff.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends SignOffUpdateManyAndReturnArgs>(args: SelectSubset<T, SignOffUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one SignOff.
     * @param {SignOffUpsertArgs} args - Arguments to update or create a SignOff.
     * @example
     * // Update or create a SignOff
     * const signOff = await prisma.signOff.upsert({
     *   create: {
     *     // ... data to create a SignOff
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the SignOff we want to update
     *   }
     * })
     */
    upsert<T extends SignOffUpsertArgs>(args: SelectSubset<T, SignOffUpsertArgs<ExtArgs>>): Prisma__SignOffClient<$Result.GetResult<Prisma.$SignOffPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of SignOffs.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SignOffCountArgs} args - Arguments to filter SignOffs to count.
     * @example
     * // Count the number of SignOffs
     * const count = await prisma.signOff.count({
     *   where: {
     *     // ... the filter for the SignOffs we want to count
     *   }
     * })
    **/
    count<T extends SignOffCountArgs>(
      args?: Subset<T, SignOffCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], SignOffCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a SignOff.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SignOffAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends SignOffAggregateArgs>(args: Subset<T, SignOffAggregateArgs>): Prisma.PrismaPromise<GetSignOffAggregateType<T>>

    /**
     * Group by SignOff.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {SignOffGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends SignOffGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: SignOffGroupByArgs['orderBy'] }
        : { orderBy?: SignOffGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, SignOffGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetSignOffGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the SignOff model
   */
  readonly fields: SignOffFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for SignOff.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__SignOffClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the SignOff model
   */
  interface SignOffFieldRefs {
    readonly id: FieldRef<"SignOff", 'String'>
    readonly deploymentId: FieldRef<"SignOff", 'String'>
    readonly roleKey: FieldRef<"SignOff", 'String'>
    readonly userId: FieldRef<"SignOff", 'String'>
    readonly decision: FieldRef<"SignOff", 'String'>
    readonly reason: FieldRef<"SignOff", 'String'>
    readonly note: FieldRef<"SignOff", 'String'>
    readonly at: FieldRef<"SignOff", 'DateTime'>
    readonly staleAt: FieldRef<"SignOff", 'DateTime'>
    readonly staleReason: FieldRef<"SignOff", 'String'>
  }
    

  // Custom InputTypes
  /**
   * SignOff findUnique
   */
  export type SignOffFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * Filter, which SignOff to fetch.
     */
    where: SignOffWhereUniqueInput
  }

  /**
   * SignOff findUniqueOrThrow
   */
  export type SignOffFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * Filter, which SignOff to fetch.
     */
    where: SignOffWhereUniqueInput
  }

  /**
   * SignOff findFirst
   */
  export type SignOffFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * Filter, which SignOff to fetch.
     */
    where?: SignOffWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SignOffs to fetch.
     */
    orderBy?: SignOffOrderByWithRelationInput | SignOffOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for SignOffs.
     */
    cursor?: SignOffWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SignOffs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SignOffs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of SignOffs.
     */
    distinct?: SignOffScalarFieldEnum | SignOffScalarFieldEnum[]
  }

  /**
   * SignOff findFirstOrThrow
   */
  export type SignOffFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * Filter, which SignOff to fetch.
     */
    where?: SignOffWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SignOffs to fetch.
     */
    orderBy?: SignOffOrderByWithRelationInput | SignOffOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for SignOffs.
     */
    cursor?: SignOffWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SignOffs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SignOffs.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of SignOffs.
     */
    distinct?: SignOffScalarFieldEnum | SignOffScalarFieldEnum[]
  }

  /**
   * SignOff findMany
   */
  export type SignOffFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * Filter, which SignOffs to fetch.
     */
    where?: SignOffWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of SignOffs to fetch.
     */
    orderBy?: SignOffOrderByWithRelationInput | SignOffOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing SignOffs.
     */
    cursor?: SignOffWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` SignOffs from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` SignOffs.
     */
    skip?: number
    distinct?: SignOffScalarFieldEnum | SignOffScalarFieldEnum[]
  }

  /**
   * SignOff create
   */
  export type SignOffCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * The data needed to create a SignOff.
     */
    data: XOR<SignOffCreateInput, SignOffUncheckedCreateInput>
  }

  /**
   * SignOff createMany
   */
  export type SignOffCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many SignOffs.
     */
    data: SignOffCreateManyInput | SignOffCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * SignOff createManyAndReturn
   */
  export type SignOffCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * The data used to create many SignOffs.
     */
    data: SignOffCreateManyInput | SignOffCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * SignOff update
   */
  export type SignOffUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * The data needed to update a SignOff.
     */
    data: XOR<SignOffUpdateInput, SignOffUncheckedUpdateInput>
    /**
     * Choose, which SignOff to update.
     */
    where: SignOffWhereUniqueInput
  }

  /**
   * SignOff updateMany
   */
  export type SignOffUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update SignOffs.
     */
    data: XOR<SignOffUpdateManyMutationInput, SignOffUncheckedUpdateManyInput>
    /**
     * Filter which SignOffs to update
     */
    where?: SignOffWhereInput
    /**
     * Limit how many SignOffs to update.
     */
    limit?: number
  }

  /**
   * SignOff updateManyAndReturn
   */
  export type SignOffUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * The data used to update SignOffs.
     */
    data: XOR<SignOffUpdateManyMutationInput, SignOffUncheckedUpdateManyInput>
    /**
     * Filter which SignOffs to update
     */
    where?: SignOffWhereInput
    /**
     * Limit how many SignOffs to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * SignOff upsert
   */
  export type SignOffUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * The filter to search for the SignOff to update in case it exists.
     */
    where: SignOffWhereUniqueInput
    /**
     * In case the SignOff found by the `where` argument doesn't exist, create a new SignOff with this data.
     */
    create: XOR<SignOffCreateInput, SignOffUncheckedCreateInput>
    /**
     * In case the SignOff was found with the provided `where` argument, update it with this data.
     */
    update: XOR<SignOffUpdateInput, SignOffUncheckedUpdateInput>
  }

  /**
   * SignOff delete
   */
  export type SignOffDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
    /**
     * Filter which SignOff to delete.
     */
    where: SignOffWhereUniqueInput
  }

  /**
   * SignOff deleteMany
   */
  export type SignOffDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which SignOffs to delete
     */
    where?: SignOffWhereInput
    /**
     * Limit how many SignOffs to delete.
     */
    limit?: number
  }

  /**
   * SignOff without action
   */
  export type SignOffDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the SignOff
     */
    select?: SignOffSelect<ExtArgs> | null
    /**
     * Omit specific fields from the SignOff
     */
    omit?: SignOffOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: SignOffInclude<ExtArgs> | null
  }


  /**
   * Model ProbeRun
   */

  export type AggregateProbeRun = {
    _count: ProbeRunCountAggregateOutputType | null
    _avg: ProbeRunAvgAggregateOutputType | null
    _sum: ProbeRunSumAggregateOutputType | null
    _min: ProbeRunMinAggregateOutputType | null
    _max: ProbeRunMaxAggregateOutputType | null
  }

  export type ProbeRunAvgAggregateOutputType = {
    durationMs: number | null
    attempts: number | null
  }

  export type ProbeRunSumAggregateOutputType = {
    durationMs: number | null
    attempts: number | null
  }

  export type ProbeRunMinAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    runId: string | null
    itemKey: string | null
    kind: string | null
    target: string | null
    outcome: string | null
    conditionsJson: string | null
    evidenceJson: string | null
    summary: string | null
    durationMs: number | null
    attempts: number | null
    trigger: string | null
    at: Date | null
  }

  export type ProbeRunMaxAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    runId: string | null
    itemKey: string | null
    kind: string | null
    target: string | null
    outcome: string | null
    conditionsJson: string | null
    evidenceJson: string | null
    summary: string | null
    durationMs: number | null
    attempts: number | null
    trigger: string | null
    at: Date | null
  }

  export type ProbeRunCountAggregateOutputType = {
    id: number
    deploymentId: number
    runId: number
    itemKey: number
    kind: number
    target: number
    outcome: number
    conditionsJson: number
    evidenceJson: number
    summary: number
    durationMs: number
    attempts: number
    trigger: number
    at: number
    _all: number
  }


  export type ProbeRunAvgAggregateInputType = {
    durationMs?: true
    attempts?: true
  }

  export type ProbeRunSumAggregateInputType = {
    durationMs?: true
    attempts?: true
  }

  export type ProbeRunMinAggregateInputType = {
    id?: true
    deploymentId?: true
    runId?: true
    itemKey?: true
    kind?: true
    target?: true
    outcome?: true
    conditionsJson?: true
    evidenceJson?: true
    summary?: true
    durationMs?: true
    attempts?: true
    trigger?: true
    at?: true
  }

  export type ProbeRunMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    runId?: true
    itemKey?: true
    kind?: true
    target?: true
    outcome?: true
    conditionsJson?: true
    evidenceJson?: true
    summary?: true
    durationMs?: true
    attempts?: true
    trigger?: true
    at?: true
  }

  export type ProbeRunCountAggregateInputType = {
    id?: true
    deploymentId?: true
    runId?: true
    itemKey?: true
    kind?: true
    target?: true
    outcome?: true
    conditionsJson?: true
    evidenceJson?: true
    summary?: true
    durationMs?: true
    attempts?: true
    trigger?: true
    at?: true
    _all?: true
  }

  export type ProbeRunAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which ProbeRun to aggregate.
     */
    where?: ProbeRunWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ProbeRuns to fetch.
     */
    orderBy?: ProbeRunOrderByWithRelationInput | ProbeRunOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: ProbeRunWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ProbeRuns from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ProbeRuns.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned ProbeRuns
    **/
    _count?: true | ProbeRunCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to average
    **/
    _avg?: ProbeRunAvgAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to sum
    **/
    _sum?: ProbeRunSumAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: ProbeRunMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: ProbeRunMaxAggregateInputType
  }

  export type GetProbeRunAggregateType<T extends ProbeRunAggregateArgs> = {
        [P in keyof T & keyof AggregateProbeRun]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateProbeRun[P]>
      : GetScalarType<T[P], AggregateProbeRun[P]>
  }




  export type ProbeRunGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: ProbeRunWhereInput
    orderBy?: ProbeRunOrderByWithAggregationInput | ProbeRunOrderByWithAggregationInput[]
    by: ProbeRunScalarFieldEnum[] | ProbeRunScalarFieldEnum
    having?: ProbeRunScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: ProbeRunCountAggregateInputType | true
    _avg?: ProbeRunAvgAggregateInputType
    _sum?: ProbeRunSumAggregateInputType
    _min?: ProbeRunMinAggregateInputType
    _max?: ProbeRunMaxAggregateInputType
  }

  export type ProbeRunGroupByOutputType = {
    id: string
    deploymentId: string
    runId: string
    itemKey: string
    kind: string
    target: string
    outcome: string
    conditionsJson: string
    evidenceJson: string
    summary: string
    durationMs: number
    attempts: number
    trigger: string
    at: Date
    _count: ProbeRunCountAggregateOutputType | null
    _avg: ProbeRunAvgAggregateOutputType | null
    _sum: ProbeRunSumAggregateOutputType | null
    _min: ProbeRunMinAggregateOutputType | null
    _max: ProbeRunMaxAggregateOutputType | null
  }

  type GetProbeRunGroupByPayload<T extends ProbeRunGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<ProbeRunGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof ProbeRunGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], ProbeRunGroupByOutputType[P]>
            : GetScalarType<T[P], ProbeRunGroupByOutputType[P]>
        }
      >
    >


  export type ProbeRunSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    runId?: boolean
    itemKey?: boolean
    kind?: boolean
    target?: boolean
    outcome?: boolean
    conditionsJson?: boolean
    evidenceJson?: boolean
    summary?: boolean
    durationMs?: boolean
    attempts?: boolean
    trigger?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["probeRun"]>

  export type ProbeRunSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    runId?: boolean
    itemKey?: boolean
    kind?: boolean
    target?: boolean
    outcome?: boolean
    conditionsJson?: boolean
    evidenceJson?: boolean
    summary?: boolean
    durationMs?: boolean
    attempts?: boolean
    trigger?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["probeRun"]>

  export type ProbeRunSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    runId?: boolean
    itemKey?: boolean
    kind?: boolean
    target?: boolean
    outcome?: boolean
    conditionsJson?: boolean
    evidenceJson?: boolean
    summary?: boolean
    durationMs?: boolean
    attempts?: boolean
    trigger?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["probeRun"]>

  export type ProbeRunSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    runId?: boolean
    itemKey?: boolean
    kind?: boolean
    target?: boolean
    outcome?: boolean
    conditionsJson?: boolean
    evidenceJson?: boolean
    summary?: boolean
    durationMs?: boolean
    attempts?: boolean
    trigger?: boolean
    at?: boolean
  }

  export type ProbeRunOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "runId" | "itemKey" | "kind" | "target" | "outcome" | "conditionsJson" | "evidenceJson" | "summary" | "durationMs" | "attempts" | "trigger" | "at", ExtArgs["result"]["probeRun"]>
  export type ProbeRunInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type ProbeRunIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type ProbeRunIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $ProbeRunPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "ProbeRun"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      deploymentId: string
      runId: string
      itemKey: string
      kind: string
      target: string
      outcome: string
      conditionsJson: string
      evidenceJson: string
      summary: string
      durationMs: number
      attempts: number
      trigger: string
      at: Date
    }, ExtArgs["result"]["probeRun"]>
    composites: {}
  }

  type ProbeRunGetPayload<S extends boolean | null | undefined | ProbeRunDefaultArgs> = $Result.GetResult<Prisma.$ProbeRunPayload, S>

  type ProbeRunCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<ProbeRunFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: ProbeRunCountAggregateInputType | true
    }

  export interface ProbeRunDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['ProbeRun'], meta: { name: 'ProbeRun' } }
    /**
     * Find zero or one ProbeRun that matches the filter.
     * @param {ProbeRunFindUniqueArgs} args - Arguments to find a ProbeRun
     * @example
     * // Get one ProbeRun
     * const probeRun = await prisma.probeRun.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends ProbeRunFindUniqueArgs>(args: SelectSubset<T, ProbeRunFindUniqueArgs<ExtArgs>>): Prisma__ProbeRunClient<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one ProbeRun that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {ProbeRunFindUniqueOrThrowArgs} args - Arguments to find a ProbeRun
     * @example
     * // Get one ProbeRun
     * const probeRun = await prisma.probeRun.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends ProbeRunFindUniqueOrThrowArgs>(args: SelectSubset<T, ProbeRunFindUniqueOrThrowArgs<ExtArgs>>): Prisma__ProbeRunClient<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first ProbeRun that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ProbeRunFindFirstArgs} args - Arguments to find a ProbeRun
     * @example
     * // Get one ProbeRun
     * const probeRun = await prisma.probeRun.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends ProbeRunFindFirstArgs>(args?: SelectSubset<T, ProbeRunFindFirstArgs<ExtArgs>>): Prisma__ProbeRunClient<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first ProbeRun that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ProbeRunFindFirstOrThrowArgs} args - Arguments to find a ProbeRun
     * @example
     * // Get one ProbeRun
     * const probeRun = await prisma.probeRun.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends ProbeRunFindFirstOrThrowArgs>(args?: SelectSubset<T, ProbeRunFindFirstOrThrowArgs<ExtArgs>>): Prisma__ProbeRunClient<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more ProbeRuns that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ProbeRunFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all ProbeRuns
     * const probeRuns = await prisma.probeRun.findMany()
     * 
     * // Get first 10 ProbeRuns
     * const probeRuns = await prisma.probeRun.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const probeRunWithIdOnly = await prisma.probeRun.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends ProbeRunFindManyArgs>(args?: SelectSubset<T, ProbeRunFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a ProbeRun.
     * @param {ProbeRunCreateArgs} args - Arguments to create a ProbeRun.
     * @example
     * // Create one ProbeRun
     * const ProbeRun = await prisma.probeRun.create({
     *   data: {
     *     // ... data to create a ProbeRun
     *   }
     * })
     * 
     */
    create<T extends ProbeRunCreateArgs>(args: SelectSubset<T, ProbeRunCreateArgs<ExtArgs>>): Prisma__ProbeRunClient<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many ProbeRuns.
     * @param {ProbeRunCreateManyArgs} args - Arguments to create many ProbeRuns.
     * @example
     * // Create many ProbeRuns
     * const probeRun = await prisma.probeRun.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends ProbeRunCreateManyArgs>(args?: SelectSubset<T, ProbeRunCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many ProbeRuns and returns the data saved in the database.
     * @param {ProbeRunCreateManyAndReturnArgs} args - Arguments to create many ProbeRuns.
     * @example
     * // Create many ProbeRuns
     * const probeRun = await prisma.probeRun.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many ProbeRuns and only return the `id`
     * const probeRunWithIdOnly = await prisma.probeRun.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends ProbeRunCreateManyAndReturnArgs>(args?: SelectSubset<T, ProbeRunCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a ProbeRun.
     * @param {ProbeRunDeleteArgs} args - Arguments to delete one ProbeRun.
     * @example
     * // Delete one ProbeRun
     * const ProbeRun = await prisma.probeRun.delete({
     *   where: {
     *     // ... filter to delete one ProbeRun
     *   }
     * })
     * 
     */
    delete<T extends ProbeRunDeleteArgs>(args: SelectSubset<T, ProbeRunDeleteArgs<ExtArgs>>): Prisma__ProbeRunClient<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one ProbeRun.
     * @param {ProbeRunUpdateArgs} args - Arguments to update one ProbeRun.
     * @example
     * // Update one ProbeRun
     * const probeRun = await prisma.probeRun.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends ProbeRunUpdateArgs>(args: SelectSubset<T, ProbeRunUpdateArgs<ExtArgs>>): Prisma__ProbeRunClient<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more ProbeRuns.
     * @param {ProbeRunDeleteManyArgs} args - Arguments to filter ProbeRuns to delete.
     * @example
     * // Delete a few ProbeRuns
     * const { count } = await prisma.probeRun.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends ProbeRunDeleteManyArgs>(args?: SelectSubset<T, ProbeRunDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more ProbeRuns.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ProbeRunUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many ProbeRuns
     * const probeRun = await prisma.probeRun.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends ProbeRunUpdateManyArgs>(args: SelectSubset<T, ProbeRunUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more ProbeRuns and returns the data updated in the database.
     * @param {ProbeRunUpdateManyAndReturnArgs} args - Arguments to update many ProbeRuns.
     * @example
     * // Update many ProbeRuns
     * const probeRun = await prisma.probeRun.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more ProbeRuns and only return the `id`
     * const probeRunWithIdOnly = await prisma.probeRun.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends ProbeRunUpdateManyAndReturnArgs>(args: SelectSubset<T, ProbeRunUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one ProbeRun.
     * @param {ProbeRunUpsertArgs} args - Arguments to update or create a ProbeRun.
     * @example
     * // Update or create a ProbeRun
     * const probeRun = await prisma.probeRun.upsert({
     *   create: {
     *     // ... data to create a ProbeRun
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the ProbeRun we want to update
     *   }
     * })
     */
    upsert<T extends ProbeRunUpsertArgs>(args: SelectSubset<T, ProbeRunUpsertArgs<ExtArgs>>): Prisma__ProbeRunClient<$Result.GetResult<Prisma.$ProbeRunPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of ProbeRuns.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ProbeRunCountArgs} args - Arguments to filter ProbeRuns to count.
     * @example
     * // Count the number of ProbeRuns
     * const count = await prisma.probeRun.count({
     *   where: {
     *     // ... the filter for the ProbeRuns we want to count
     *   }
     * })
    **/
    count<T extends ProbeRunCountArgs>(
      args?: Subset<T, ProbeRunCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], ProbeRunCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a ProbeRun.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ProbeRunAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends ProbeRunAggregateArgs>(args: Subset<T, ProbeRunAggregateArgs>): Prisma.PrismaPromise<GetProbeRunAggregateType<T>>

    /**
     * Group by ProbeRun.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {ProbeRunGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends ProbeRunGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: ProbeRunGroupByArgs['orderBy'] }
        : { orderBy?: ProbeRunGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, ProbeRunGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetProbeRunGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the ProbeRun model
   */
  readonly fields: ProbeRunFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for ProbeRun.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__ProbeRunClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the ProbeRun model
   */
  interface ProbeRunFieldRefs {
    readonly id: FieldRef<"ProbeRun", 'String'>
    readonly deploymentId: FieldRef<"ProbeRun", 'String'>
    readonly runId: FieldRef<"ProbeRun", 'String'>
    readonly itemKey: FieldRef<"ProbeRun", 'String'>
    readonly kind: FieldRef<"ProbeRun", 'String'>
    readonly target: FieldRef<"ProbeRun", 'String'>
    readonly outcome: FieldRef<"ProbeRun", 'String'>
    readonly conditionsJson: FieldRef<"ProbeRun", 'String'>
    readonly evidenceJson: FieldRef<"ProbeRun", 'String'>
    readonly summary: FieldRef<"ProbeRun", 'String'>
    readonly durationMs: FieldRef<"ProbeRun", 'Int'>
    readonly attempts: FieldRef<"ProbeRun", 'Int'>
    readonly trigger: FieldRef<"ProbeRun", 'String'>
    readonly at: FieldRef<"ProbeRun", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * ProbeRun findUnique
   */
  export type ProbeRunFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * Filter, which ProbeRun to fetch.
     */
    where: ProbeRunWhereUniqueInput
  }

  /**
   * ProbeRun findUniqueOrThrow
   */
  export type ProbeRunFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * Filter, which ProbeRun to fetch.
     */
    where: ProbeRunWhereUniqueInput
  }

  /**
   * ProbeRun findFirst
   */
  export type ProbeRunFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * Filter, which ProbeRun to fetch.
     */
    where?: ProbeRunWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ProbeRuns to fetch.
     */
    orderBy?: ProbeRunOrderByWithRelationInput | ProbeRunOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for ProbeRuns.
     */
    cursor?: ProbeRunWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ProbeRuns from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ProbeRuns.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of ProbeRuns.
     */
    distinct?: ProbeRunScalarFieldEnum | ProbeRunScalarFieldEnum[]
  }

  /**
   * ProbeRun findFirstOrThrow
   */
  export type ProbeRunFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * Filter, which ProbeRun to fetch.
     */
    where?: ProbeRunWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ProbeRuns to fetch.
     */
    orderBy?: ProbeRunOrderByWithRelationInput | ProbeRunOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for ProbeRuns.
     */
    cursor?: ProbeRunWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ProbeRuns from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ProbeRuns.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of ProbeRuns.
     */
    distinct?: ProbeRunScalarFieldEnum | ProbeRunScalarFieldEnum[]
  }

  /**
   * ProbeRun findMany
   */
  export type ProbeRunFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * Filter, which ProbeRuns to fetch.
     */
    where?: ProbeRunWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of ProbeRuns to fetch.
     */
    orderBy?: ProbeRunOrderByWithRelationInput | ProbeRunOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing ProbeRuns.
     */
    cursor?: ProbeRunWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` ProbeRuns from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` ProbeRuns.
     */
    skip?: number
    distinct?: ProbeRunScalarFieldEnum | ProbeRunScalarFieldEnum[]
  }

  /**
   * ProbeRun create
   */
  export type ProbeRunCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * The data needed to create a ProbeRun.
     */
    data: XOR<ProbeRunCreateInput, ProbeRunUncheckedCreateInput>
  }

  /**
   * ProbeRun createMany
   */
  export type ProbeRunCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many ProbeRuns.
     */
    data: ProbeRunCreateManyInput | ProbeRunCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * ProbeRun createManyAndReturn
   */
  export type ProbeRunCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * The data used to create many ProbeRuns.
     */
    data: ProbeRunCreateManyInput | ProbeRunCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * ProbeRun update
   */
  export type ProbeRunUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * The data needed to update a ProbeRun.
     */
    data: XOR<ProbeRunUpdateInput, ProbeRunUncheckedUpdateInput>
    /**
     * Choose, which ProbeRun to update.
     */
    where: ProbeRunWhereUniqueInput
  }

  /**
   * ProbeRun updateMany
   */
  export type ProbeRunUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update ProbeRuns.
     */
    data: XOR<ProbeRunUpdateManyMutationInput, ProbeRunUncheckedUpdateManyInput>
    /**
     * Filter which ProbeRuns to update
     */
    where?: ProbeRunWhereInput
    /**
     * Limit how many ProbeRuns to update.
     */
    limit?: number
  }

  /**
   * ProbeRun updateManyAndReturn
   */
  export type ProbeRunUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * The data used to update ProbeRuns.
     */
    data: XOR<ProbeRunUpdateManyMutationInput, ProbeRunUncheckedUpdateManyInput>
    /**
     * Filter which ProbeRuns to update
     */
    where?: ProbeRunWhereInput
    /**
     * Limit how many ProbeRuns to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * ProbeRun upsert
   */
  export type ProbeRunUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * The filter to search for the ProbeRun to update in case it exists.
     */
    where: ProbeRunWhereUniqueInput
    /**
     * In case the ProbeRun found by the `where` argument doesn't exist, create a new ProbeRun with this data.
     */
    create: XOR<ProbeRunCreateInput, ProbeRunUncheckedCreateInput>
    /**
     * In case the ProbeRun was found with the provided `where` argument, update it with this data.
     */
    update: XOR<ProbeRunUpdateInput, ProbeRunUncheckedUpdateInput>
  }

  /**
   * ProbeRun delete
   */
  export type ProbeRunDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
    /**
     * Filter which ProbeRun to delete.
     */
    where: ProbeRunWhereUniqueInput
  }

  /**
   * ProbeRun deleteMany
   */
  export type ProbeRunDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which ProbeRuns to delete
     */
    where?: ProbeRunWhereInput
    /**
     * Limit how many ProbeRuns to delete.
     */
    limit?: number
  }

  /**
   * ProbeRun without action
   */
  export type ProbeRunDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the ProbeRun
     */
    select?: ProbeRunSelect<ExtArgs> | null
    /**
     * Omit specific fields from the ProbeRun
     */
    omit?: ProbeRunOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: ProbeRunInclude<ExtArgs> | null
  }


  /**
   * Model Verification
   */

  export type AggregateVerification = {
    _count: VerificationCountAggregateOutputType | null
    _min: VerificationMinAggregateOutputType | null
    _max: VerificationMaxAggregateOutputType | null
  }

  export type VerificationMinAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    roleKey: string | null
    userId: string | null
    issues: string | null
    status: string | null
    note: string | null
    at: Date | null
  }

  export type VerificationMaxAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    roleKey: string | null
    userId: string | null
    issues: string | null
    status: string | null
    note: string | null
    at: Date | null
  }

  export type VerificationCountAggregateOutputType = {
    id: number
    deploymentId: number
    roleKey: number
    userId: number
    issues: number
    status: number
    note: number
    at: number
    _all: number
  }


  export type VerificationMinAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
    issues?: true
    status?: true
    note?: true
    at?: true
  }

  export type VerificationMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
    issues?: true
    status?: true
    note?: true
    at?: true
  }

  export type VerificationCountAggregateInputType = {
    id?: true
    deploymentId?: true
    roleKey?: true
    userId?: true
    issues?: true
    status?: true
    note?: true
    at?: true
    _all?: true
  }

  export type VerificationAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Verification to aggregate.
     */
    where?: VerificationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Verifications to fetch.
     */
    orderBy?: VerificationOrderByWithRelationInput | VerificationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: VerificationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Verifications from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Verifications.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned Verifications
    **/
    _count?: true | VerificationCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: VerificationMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: VerificationMaxAggregateInputType
  }

  export type GetVerificationAggregateType<T extends VerificationAggregateArgs> = {
        [P in keyof T & keyof AggregateVerification]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateVerification[P]>
      : GetScalarType<T[P], AggregateVerification[P]>
  }




  export type VerificationGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: VerificationWhereInput
    orderBy?: VerificationOrderByWithAggregationInput | VerificationOrderByWithAggregationInput[]
    by: VerificationScalarFieldEnum[] | VerificationScalarFieldEnum
    having?: VerificationScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: VerificationCountAggregateInputType | true
    _min?: VerificationMinAggregateInputType
    _max?: VerificationMaxAggregateInputType
  }

  export type VerificationGroupByOutputType = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
    issues: string
    status: string
    note: string | null
    at: Date
    _count: VerificationCountAggregateOutputType | null
    _min: VerificationMinAggregateOutputType | null
    _max: VerificationMaxAggregateOutputType | null
  }

  type GetVerificationGroupByPayload<T extends VerificationGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<VerificationGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof VerificationGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], VerificationGroupByOutputType[P]>
            : GetScalarType<T[P], VerificationGroupByOutputType[P]>
        }
      >
    >


  export type VerificationSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    issues?: boolean
    status?: boolean
    note?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["verification"]>

  export type VerificationSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    issues?: boolean
    status?: boolean
    note?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["verification"]>

  export type VerificationSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    issues?: boolean
    status?: boolean
    note?: boolean
    at?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["verification"]>

  export type VerificationSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    roleKey?: boolean
    userId?: boolean
    issues?: boolean
    status?: boolean
    note?: boolean
    at?: boolean
  }

  export type VerificationOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "roleKey" | "userId" | "issues" | "status" | "note" | "at", ExtArgs["result"]["verification"]>
  export type VerificationInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type VerificationIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type VerificationIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $VerificationPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "Verification"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      deploymentId: string
      roleKey: string
      userId: string
      issues: string
      status: string
      note: string | null
      at: Date
    }, ExtArgs["result"]["verification"]>
    composites: {}
  }

  type VerificationGetPayload<S extends boolean | null | undefined | VerificationDefaultArgs> = $Result.GetResult<Prisma.$VerificationPayload, S>

  type VerificationCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<VerificationFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: VerificationCountAggregateInputType | true
    }

  export interface VerificationDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['Verification'], meta: { name: 'Verification' } }
    /**
     * Find zero or one Verification that matches the filter.
     * @param {VerificationFindUniqueArgs} args - Arguments to find a Verification
     * @example
     * // Get one Verification
     * const verification = await prisma.verification.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends VerificationFindUniqueArgs>(args: SelectSubset<T, VerificationFindUniqueArgs<ExtArgs>>): Prisma__VerificationClient<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one Verification that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {VerificationFindUniqueOrThrowArgs} args - Arguments to find a Verification
     * @example
     * // Get one Verification
     * const verification = await prisma.verification.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends VerificationFindUniqueOrThrowArgs>(args: SelectSubset<T, VerificationFindUniqueOrThrowArgs<ExtArgs>>): Prisma__VerificationClient<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Verification that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {VerificationFindFirstArgs} args - Arguments to find a Verification
     * @example
     * // Get one Verification
     * const verification = await prisma.verification.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends VerificationFindFirstArgs>(args?: SelectSubset<T, VerificationFindFirstArgs<ExtArgs>>): Prisma__VerificationClient<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first Verification that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {VerificationFindFirstOrThrowArgs} args - Arguments to find a Verification
     * @example
     * // Get one Verification
     * const verification = await prisma.verification.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends VerificationFindFirstOrThrowArgs>(args?: SelectSubset<T, VerificationFindFirstOrThrowArgs<ExtArgs>>): Prisma__VerificationClient<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more Verifications that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {VerificationFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all Verifications
     * const verifications = await prisma.verification.findMany()
     * 
     * // Get first 10 Verifications
     * const verifications = await prisma.verification.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const verificationWithIdOnly = await prisma.verification.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends VerificationFindManyArgs>(args?: SelectSubset<T, VerificationFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a Verification.
     * @param {VerificationCreateArgs} args - Arguments to create a Verification.
     * @example
     * // Create one Verification
     * const Verification = await prisma.verification.create({
     *   data: {
     *     // ... data to create a Verification
     *   }
     * })
     * 
     */
    create<T extends VerificationCreateArgs>(args: SelectSubset<T, VerificationCreateArgs<ExtArgs>>): Prisma__VerificationClient<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many Verifications.
     * @param {VerificationCreateManyArgs} args - Arguments to create many Verifications.
     * @example
     * // Create many Verifications
     * const verification = await prisma.verification.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends VerificationCreateManyArgs>(args?: SelectSubset<T, VerificationCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many Verifications and returns the data saved in the database.
     * @param {VerificationCreateManyAndReturnArgs} args - Arguments to create many Verifications.
     * @example
     * // Create many Verifications
     * const verification = await prisma.verification.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many Verifications and only return the `id`
     * const verificationWithIdOnly = await prisma.verification.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends VerificationCreateManyAndReturnArgs>(args?: SelectSubset<T, VerificationCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a Verification.
     * @param {VerificationDeleteArgs} args - Arguments to delete one Verification.
     * @example
     * // Delete one Verification
     * const Verification = await prisma.verification.delete({
     *   where: {
     *     // ... filter to delete one Verification
     *   }
     * })
     * 
     */
    delete<T extends VerificationDeleteArgs>(args: SelectSubset<T, VerificationDeleteArgs<ExtArgs>>): Prisma__VerificationClient<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one Verification.
     * @param {VerificationUpdateArgs} args - Arguments to update one Verification.
     * @example
     * // Update one Verification
     * const verification = await prisma.verification.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends VerificationUpdateArgs>(args: SelectSubset<T, VerificationUpdateArgs<ExtArgs>>): Prisma__VerificationClient<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more Verifications.
     * @param {VerificationDeleteManyArgs} args - Arguments to filter Verifications to delete.
     * @example
     * // Delete a few Verifications
     * const { count } = await prisma.verification.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends VerificationDeleteManyArgs>(args?: SelectSubset<T, VerificationDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Verifications.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {VerificationUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many Verifications
     * const verification = await prisma.verification.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends VerificationUpdateManyArgs>(args: SelectSubset<T, VerificationUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more Verifications and returns the data updated in the database.
     * @param {VerificationUpdateManyAndReturnArgs} args - Arguments to update many Verifications.
     * @example
     * // Update many Verifications
     * const verification = await prisma.verification.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more Verifications and only return the `id`
     * const verificationWithIdOnly = await prisma.verification.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends VerificationUpdateManyAndReturnArgs>(args: SelectSubset<T, VerificationUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one Verification.
     * @param {VerificationUpsertArgs} args - Arguments to update or create a Verification.
     * @example
     * // Update or create a Verification
     * const verification = await prisma.verification.upsert({
     *   create: {
     *     // ... data to create a Verification
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the Verification we want to update
     *   }
     * })
     */
    upsert<T extends VerificationUpsertArgs>(args: SelectSubset<T, VerificationUpsertArgs<ExtArgs>>): Prisma__VerificationClient<$Result.GetResult<Prisma.$VerificationPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of Verifications.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {VerificationCountArgs} args - Arguments to filter Verifications to count.
     * @example
     * // Count the number of Verifications
     * const count = await prisma.verification.count({
     *   where: {
     *     // ... the filter for the Verifications we want to count
     *   }
     * })
    **/
    count<T extends VerificationCountArgs>(
      args?: Subset<T, VerificationCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], VerificationCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a Verification.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {VerificationAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends VerificationAggregateArgs>(args: Subset<T, VerificationAggregateArgs>): Prisma.PrismaPromise<GetVerificationAggregateType<T>>

    /**
     * Group by Verification.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {VerificationGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends VerificationGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: VerificationGroupByArgs['orderBy'] }
        : { orderBy?: VerificationGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, VerificationGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetVerificationGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the Verification model
   */
  readonly fields: VerificationFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for Verification.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__VerificationClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the Verification model
   */
  interface VerificationFieldRefs {
    readonly id: FieldRef<"Verification", 'String'>
    readonly deploymentId: FieldRef<"Verification", 'String'>
    readonly roleKey: FieldRef<"Verification", 'String'>
    readonly userId: FieldRef<"Verification", 'String'>
    readonly issues: FieldRef<"Verification", 'String'>
    readonly status: FieldRef<"Verification", 'String'>
    readonly note: FieldRef<"Verification", 'String'>
    readonly at: FieldRef<"Verification", 'DateTime'>
  }
    

  // Custom InputTypes
  /**
   * Verification findUnique
   */
  export type VerificationFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * Filter, which Verification to fetch.
     */
    where: VerificationWhereUniqueInput
  }

  /**
   * Verification findUniqueOrThrow
   */
  export type VerificationFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * Filter, which Verification to fetch.
     */
    where: VerificationWhereUniqueInput
  }

  /**
   * Verification findFirst
   */
  export type VerificationFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * Filter, which Verification to fetch.
     */
    where?: VerificationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Verifications to fetch.
     */
    orderBy?: VerificationOrderByWithRelationInput | VerificationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Verifications.
     */
    cursor?: VerificationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Verifications from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Verifications.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Verifications.
     */
    distinct?: VerificationScalarFieldEnum | VerificationScalarFieldEnum[]
  }

  /**
   * Verification findFirstOrThrow
   */
  export type VerificationFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * Filter, which Verification to fetch.
     */
    where?: VerificationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Verifications to fetch.
     */
    orderBy?: VerificationOrderByWithRelationInput | VerificationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for Verifications.
     */
    cursor?: VerificationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Verifications from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Verifications.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of Verifications.
     */
    distinct?: VerificationScalarFieldEnum | VerificationScalarFieldEnum[]
  }

  /**
   * Verification findMany
   */
  export type VerificationFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * Filter, which Verifications to fetch.
     */
    where?: VerificationWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of Verifications to fetch.
     */
    orderBy?: VerificationOrderByWithRelationInput | VerificationOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing Verifications.
     */
    cursor?: VerificationWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` Verifications from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` Verifications.
     */
    skip?: number
    distinct?: VerificationScalarFieldEnum | VerificationScalarFieldEnum[]
  }

  /**
   * Verification create
   */
  export type VerificationCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * The data needed to create a Verification.
     */
    data: XOR<VerificationCreateInput, VerificationUncheckedCreateInput>
  }

  /**
   * Verification createMany
   */
  export type VerificationCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many Verifications.
     */
    data: VerificationCreateManyInput | VerificationCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * Verification createManyAndReturn
   */
  export type VerificationCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * The data used to create many Verifications.
     */
    data: VerificationCreateManyInput | VerificationCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * Verification update
   */
  export type VerificationUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * The data needed to update a Verification.
     */
    data: XOR<VerificationUpdateInput, VerificationUncheckedUpdateInput>
    /**
     * Choose, which Verification to update.
     */
    where: VerificationWhereUniqueInput
  }

  /**
   * Verification updateMany
   */
  export type VerificationUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update Verifications.
     */
    data: XOR<VerificationUpdateManyMutationInput, VerificationUncheckedUpdateManyInput>
    /**
     * Filter which Verifications to update
     */
    where?: VerificationWhereInput
    /**
     * Limit how many Verifications to update.
     */
    limit?: number
  }

  /**
   * Verification updateManyAndReturn
   */
  export type VerificationUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * The data used to update Verifications.
     */
    data: XOR<VerificationUpdateManyMutationInput, VerificationUncheckedUpdateManyInput>
    /**
     * Filter which Verifications to update
     */
    where?: VerificationWhereInput
    /**
     * Limit how many Verifications to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * Verification upsert
   */
  export type VerificationUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * The filter to search for the Verification to update in case it exists.
     */
    where: VerificationWhereUniqueInput
    /**
     * In case the Verification found by the `where` argument doesn't exist, create a new Verification with this data.
     */
    create: XOR<VerificationCreateInput, VerificationUncheckedCreateInput>
    /**
     * In case the Verification was found with the provided `where` argument, update it with this data.
     */
    update: XOR<VerificationUpdateInput, VerificationUncheckedUpdateInput>
  }

  /**
   * Verification delete
   */
  export type VerificationDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
    /**
     * Filter which Verification to delete.
     */
    where: VerificationWhereUniqueInput
  }

  /**
   * Verification deleteMany
   */
  export type VerificationDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which Verifications to delete
     */
    where?: VerificationWhereInput
    /**
     * Limit how many Verifications to delete.
     */
    limit?: number
  }

  /**
   * Verification without action
   */
  export type VerificationDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the Verification
     */
    select?: VerificationSelect<ExtArgs> | null
    /**
     * Omit specific fields from the Verification
     */
    omit?: VerificationOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: VerificationInclude<ExtArgs> | null
  }


  /**
   * Model CheckInRecord
   */

  export type AggregateCheckInRecord = {
    _count: CheckInRecordCountAggregateOutputType | null
    _min: CheckInRecordMinAggregateOutputType | null
    _max: CheckInRecordMaxAggregateOutputType | null
  }

  export type CheckInRecordMinAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    checkInKey: string | null
    sentAt: Date | null
    messageTs: string | null
    snoozedUntil: Date | null
    escalatedAt: Date | null
    answeredAt: Date | null
    answeredBy: string | null
    answer: string | null
    note: string | null
  }

  export type CheckInRecordMaxAggregateOutputType = {
    id: string | null
    deploymentId: string | null
    checkInKey: string | null
    sentAt: Date | null
    messageTs: string | null
    snoozedUntil: Date | null
    escalatedAt: Date | null
    answeredAt: Date | null
    answeredBy: string | null
    answer: string | null
    note: string | null
  }

  export type CheckInRecordCountAggregateOutputType = {
    id: number
    deploymentId: number
    checkInKey: number
    sentAt: number
    messageTs: number
    snoozedUntil: number
    escalatedAt: number
    answeredAt: number
    answeredBy: number
    answer: number
    note: number
    _all: number
  }


  export type CheckInRecordMinAggregateInputType = {
    id?: true
    deploymentId?: true
    checkInKey?: true
    sentAt?: true
    messageTs?: true
    snoozedUntil?: true
    escalatedAt?: true
    answeredAt?: true
    answeredBy?: true
    answer?: true
    note?: true
  }

  export type CheckInRecordMaxAggregateInputType = {
    id?: true
    deploymentId?: true
    checkInKey?: true
    sentAt?: true
    messageTs?: true
    snoozedUntil?: true
    escalatedAt?: true
    answeredAt?: true
    answeredBy?: true
    answer?: true
    note?: true
  }

  export type CheckInRecordCountAggregateInputType = {
    id?: true
    deploymentId?: true
    checkInKey?: true
    sentAt?: true
    messageTs?: true
    snoozedUntil?: true
    escalatedAt?: true
    answeredAt?: true
    answeredBy?: true
    answer?: true
    note?: true
    _all?: true
  }

  export type CheckInRecordAggregateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which CheckInRecord to aggregate.
     */
    where?: CheckInRecordWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of CheckInRecords to fetch.
     */
    orderBy?: CheckInRecordOrderByWithRelationInput | CheckInRecordOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the start position
     */
    cursor?: CheckInRecordWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` CheckInRecords from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` CheckInRecords.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Count returned CheckInRecords
    **/
    _count?: true | CheckInRecordCountAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the minimum value
    **/
    _min?: CheckInRecordMinAggregateInputType
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/aggregations Aggregation Docs}
     * 
     * Select which fields to find the maximum value
    **/
    _max?: CheckInRecordMaxAggregateInputType
  }

  export type GetCheckInRecordAggregateType<T extends CheckInRecordAggregateArgs> = {
        [P in keyof T & keyof AggregateCheckInRecord]: P extends '_count' | 'count'
      ? T[P] extends true
        ? number
        : GetScalarType<T[P], AggregateCheckInRecord[P]>
      : GetScalarType<T[P], AggregateCheckInRecord[P]>
  }




  export type CheckInRecordGroupByArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    where?: CheckInRecordWhereInput
    orderBy?: CheckInRecordOrderByWithAggregationInput | CheckInRecordOrderByWithAggregationInput[]
    by: CheckInRecordScalarFieldEnum[] | CheckInRecordScalarFieldEnum
    having?: CheckInRecordScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: CheckInRecordCountAggregateInputType | true
    _min?: CheckInRecordMinAggregateInputType
    _max?: CheckInRecordMaxAggregateInputType
  }

  export type CheckInRecordGroupByOutputType = {
    id: string
    deploymentId: string
    checkInKey: string
    sentAt: Date | null
    messageTs: string | null
    snoozedUntil: Date | null
    escalatedAt: Date | null
    answeredAt: Date | null
    answeredBy: string | null
    answer: string | null
    note: string | null
    _count: CheckInRecordCountAggregateOutputType | null
    _min: CheckInRecordMinAggregateOutputType | null
    _max: CheckInRecordMaxAggregateOutputType | null
  }

  type GetCheckInRecordGroupByPayload<T extends CheckInRecordGroupByArgs> = Prisma.PrismaPromise<
    Array<
      PickEnumerable<CheckInRecordGroupByOutputType, T['by']> &
        {
          [P in ((keyof T) & (keyof CheckInRecordGroupByOutputType))]: P extends '_count'
            ? T[P] extends boolean
              ? number
              : GetScalarType<T[P], CheckInRecordGroupByOutputType[P]>
            : GetScalarType<T[P], CheckInRecordGroupByOutputType[P]>
        }
      >
    >


  export type CheckInRecordSelect<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    checkInKey?: boolean
    sentAt?: boolean
    messageTs?: boolean
    snoozedUntil?: boolean
    escalatedAt?: boolean
    answeredAt?: boolean
    answeredBy?: boolean
    answer?: boolean
    note?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["checkInRecord"]>

  export type CheckInRecordSelectCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    checkInKey?: boolean
    sentAt?: boolean
    messageTs?: boolean
    snoozedUntil?: boolean
    escalatedAt?: boolean
    answeredAt?: boolean
    answeredBy?: boolean
    answer?: boolean
    note?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["checkInRecord"]>

  export type CheckInRecordSelectUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetSelect<{
    id?: boolean
    deploymentId?: boolean
    checkInKey?: boolean
    sentAt?: boolean
    messageTs?: boolean
    snoozedUntil?: boolean
    escalatedAt?: boolean
    answeredAt?: boolean
    answeredBy?: boolean
    answer?: boolean
    note?: boolean
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }, ExtArgs["result"]["checkInRecord"]>

  export type CheckInRecordSelectScalar = {
    id?: boolean
    deploymentId?: boolean
    checkInKey?: boolean
    sentAt?: boolean
    messageTs?: boolean
    snoozedUntil?: boolean
    escalatedAt?: boolean
    answeredAt?: boolean
    answeredBy?: boolean
    answer?: boolean
    note?: boolean
  }

  export type CheckInRecordOmit<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = $Extensions.GetOmit<"id" | "deploymentId" | "checkInKey" | "sentAt" | "messageTs" | "snoozedUntil" | "escalatedAt" | "answeredAt" | "answeredBy" | "answer" | "note", ExtArgs["result"]["checkInRecord"]>
  export type CheckInRecordInclude<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type CheckInRecordIncludeCreateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }
  export type CheckInRecordIncludeUpdateManyAndReturn<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    deployment?: boolean | DeploymentDefaultArgs<ExtArgs>
  }

  export type $CheckInRecordPayload<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    name: "CheckInRecord"
    objects: {
      deployment: Prisma.$DeploymentPayload<ExtArgs>
    }
    scalars: $Extensions.GetPayloadResult<{
      id: string
      deploymentId: string
      checkInKey: string
      sentAt: Date | null
      messageTs: string | null
      snoozedUntil: Date | null
      escalatedAt: Date | null
      answeredAt: Date | null
      answeredBy: string | null
      answer: string | null
      note: string | null
    }, ExtArgs["result"]["checkInRecord"]>
    composites: {}
  }

  type CheckInRecordGetPayload<S extends boolean | null | undefined | CheckInRecordDefaultArgs> = $Result.GetResult<Prisma.$CheckInRecordPayload, S>

  type CheckInRecordCountArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> =
    Omit<CheckInRecordFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
      select?: CheckInRecordCountAggregateInputType | true
    }

  export interface CheckInRecordDelegate<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> {
    [K: symbol]: { types: Prisma.TypeMap<ExtArgs>['model']['CheckInRecord'], meta: { name: 'CheckInRecord' } }
    /**
     * Find zero or one CheckInRecord that matches the filter.
     * @param {CheckInRecordFindUniqueArgs} args - Arguments to find a CheckInRecord
     * @example
     * // Get one CheckInRecord
     * const checkInRecord = await prisma.checkInRecord.findUnique({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUnique<T extends CheckInRecordFindUniqueArgs>(args: SelectSubset<T, CheckInRecordFindUniqueArgs<ExtArgs>>): Prisma__CheckInRecordClient<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "findUnique", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find one CheckInRecord that matches the filter or throw an error with `error.code='P2025'`
     * if no matches were found.
     * @param {CheckInRecordFindUniqueOrThrowArgs} args - Arguments to find a CheckInRecord
     * @example
     * // Get one CheckInRecord
     * const checkInRecord = await prisma.checkInRecord.findUniqueOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findUniqueOrThrow<T extends CheckInRecordFindUniqueOrThrowArgs>(args: SelectSubset<T, CheckInRecordFindUniqueOrThrowArgs<ExtArgs>>): Prisma__CheckInRecordClient<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first CheckInRecord that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CheckInRecordFindFirstArgs} args - Arguments to find a CheckInRecord
     * @example
     * // Get one CheckInRecord
     * const checkInRecord = await prisma.checkInRecord.findFirst({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirst<T extends CheckInRecordFindFirstArgs>(args?: SelectSubset<T, CheckInRecordFindFirstArgs<ExtArgs>>): Prisma__CheckInRecordClient<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "findFirst", GlobalOmitOptions> | null, null, ExtArgs, GlobalOmitOptions>

    /**
     * Find the first CheckInRecord that matches the filter or
     * throw `PrismaKnownClientError` with `P2025` code if no matches were found.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CheckInRecordFindFirstOrThrowArgs} args - Arguments to find a CheckInRecord
     * @example
     * // Get one CheckInRecord
     * const checkInRecord = await prisma.checkInRecord.findFirstOrThrow({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     */
    findFirstOrThrow<T extends CheckInRecordFindFirstOrThrowArgs>(args?: SelectSubset<T, CheckInRecordFindFirstOrThrowArgs<ExtArgs>>): Prisma__CheckInRecordClient<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "findFirstOrThrow", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Find zero or more CheckInRecords that matches the filter.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CheckInRecordFindManyArgs} args - Arguments to filter and select certain fields only.
     * @example
     * // Get all CheckInRecords
     * const checkInRecords = await prisma.checkInRecord.findMany()
     * 
     * // Get first 10 CheckInRecords
     * const checkInRecords = await prisma.checkInRecord.findMany({ take: 10 })
     * 
     * // Only select the `id`
     * const checkInRecordWithIdOnly = await prisma.checkInRecord.findMany({ select: { id: true } })
     * 
     */
    findMany<T extends CheckInRecordFindManyArgs>(args?: SelectSubset<T, CheckInRecordFindManyArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "findMany", GlobalOmitOptions>>

    /**
     * Create a CheckInRecord.
     * @param {CheckInRecordCreateArgs} args - Arguments to create a CheckInRecord.
     * @example
     * // Create one CheckInRecord
     * const CheckInRecord = await prisma.checkInRecord.create({
     *   data: {
     *     // ... data to create a CheckInRecord
     *   }
     * })
     * 
     */
    create<T extends CheckInRecordCreateArgs>(args: SelectSubset<T, CheckInRecordCreateArgs<ExtArgs>>): Prisma__CheckInRecordClient<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "create", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Create many CheckInRecords.
     * @param {CheckInRecordCreateManyArgs} args - Arguments to create many CheckInRecords.
     * @example
     * // Create many CheckInRecords
     * const checkInRecord = await prisma.checkInRecord.createMany({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     *     
     */
    createMany<T extends CheckInRecordCreateManyArgs>(args?: SelectSubset<T, CheckInRecordCreateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Create many CheckInRecords and returns the data saved in the database.
     * @param {CheckInRecordCreateManyAndReturnArgs} args - Arguments to create many CheckInRecords.
     * @example
     * // Create many CheckInRecords
     * const checkInRecord = await prisma.checkInRecord.createManyAndReturn({
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Create many CheckInRecords and only return the `id`
     * const checkInRecordWithIdOnly = await prisma.checkInRecord.createManyAndReturn({
     *   select: { id: true },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    createManyAndReturn<T extends CheckInRecordCreateManyAndReturnArgs>(args?: SelectSubset<T, CheckInRecordCreateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "createManyAndReturn", GlobalOmitOptions>>

    /**
     * Delete a CheckInRecord.
     * @param {CheckInRecordDeleteArgs} args - Arguments to delete one CheckInRecord.
     * @example
     * // Delete one CheckInRecord
     * const CheckInRecord = await prisma.checkInRecord.delete({
     *   where: {
     *     // ... filter to delete one CheckInRecord
     *   }
     * })
     * 
     */
    delete<T extends CheckInRecordDeleteArgs>(args: SelectSubset<T, CheckInRecordDeleteArgs<ExtArgs>>): Prisma__CheckInRecordClient<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "delete", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Update one CheckInRecord.
     * @param {CheckInRecordUpdateArgs} args - Arguments to update one CheckInRecord.
     * @example
     * // Update one CheckInRecord
     * const checkInRecord = await prisma.checkInRecord.update({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    update<T extends CheckInRecordUpdateArgs>(args: SelectSubset<T, CheckInRecordUpdateArgs<ExtArgs>>): Prisma__CheckInRecordClient<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "update", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>

    /**
     * Delete zero or more CheckInRecords.
     * @param {CheckInRecordDeleteManyArgs} args - Arguments to filter CheckInRecords to delete.
     * @example
     * // Delete a few CheckInRecords
     * const { count } = await prisma.checkInRecord.deleteMany({
     *   where: {
     *     // ... provide filter here
     *   }
     * })
     * 
     */
    deleteMany<T extends CheckInRecordDeleteManyArgs>(args?: SelectSubset<T, CheckInRecordDeleteManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more CheckInRecords.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CheckInRecordUpdateManyArgs} args - Arguments to update one or more rows.
     * @example
     * // Update many CheckInRecords
     * const checkInRecord = await prisma.checkInRecord.updateMany({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: {
     *     // ... provide data here
     *   }
     * })
     * 
     */
    updateMany<T extends CheckInRecordUpdateManyArgs>(args: SelectSubset<T, CheckInRecordUpdateManyArgs<ExtArgs>>): Prisma.PrismaPromise<BatchPayload>

    /**
     * Update zero or more CheckInRecords and returns the data updated in the database.
     * @param {CheckInRecordUpdateManyAndReturnArgs} args - Arguments to update many CheckInRecords.
     * @example
     * // Update many CheckInRecords
     * const checkInRecord = await prisma.checkInRecord.updateManyAndReturn({
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * 
     * // Update zero or more CheckInRecords and only return the `id`
     * const checkInRecordWithIdOnly = await prisma.checkInRecord.updateManyAndReturn({
     *   select: { id: true },
     *   where: {
     *     // ... provide filter here
     *   },
     *   data: [
     *     // ... provide data here
     *   ]
     * })
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * 
     */
    updateManyAndReturn<T extends CheckInRecordUpdateManyAndReturnArgs>(args: SelectSubset<T, CheckInRecordUpdateManyAndReturnArgs<ExtArgs>>): Prisma.PrismaPromise<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "updateManyAndReturn", GlobalOmitOptions>>

    /**
     * Create or update one CheckInRecord.
     * @param {CheckInRecordUpsertArgs} args - Arguments to update or create a CheckInRecord.
     * @example
     * // Update or create a CheckInRecord
     * const checkInRecord = await prisma.checkInRecord.upsert({
     *   create: {
     *     // ... data to create a CheckInRecord
     *   },
     *   update: {
     *     // ... in case it already exists, update
     *   },
     *   where: {
     *     // ... the filter for the CheckInRecord we want to update
     *   }
     * })
     */
    upsert<T extends CheckInRecordUpsertArgs>(args: SelectSubset<T, CheckInRecordUpsertArgs<ExtArgs>>): Prisma__CheckInRecordClient<$Result.GetResult<Prisma.$CheckInRecordPayload<ExtArgs>, T, "upsert", GlobalOmitOptions>, never, ExtArgs, GlobalOmitOptions>


    /**
     * Count the number of CheckInRecords.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CheckInRecordCountArgs} args - Arguments to filter CheckInRecords to count.
     * @example
     * // Count the number of CheckInRecords
     * const count = await prisma.checkInRecord.count({
     *   where: {
     *     // ... the filter for the CheckInRecords we want to count
     *   }
     * })
    **/
    count<T extends CheckInRecordCountArgs>(
      args?: Subset<T, CheckInRecordCountArgs>,
    ): Prisma.PrismaPromise<
      T extends $Utils.Record<'select', any>
        ? T['select'] extends true
          ? number
          : GetScalarType<T['select'], CheckInRecordCountAggregateOutputType>
        : number
    >

    /**
     * Allows you to perform aggregations operations on a CheckInRecord.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CheckInRecordAggregateArgs} args - Select which aggregations you would like to apply and on what fields.
     * @example
     * // Ordered by age ascending
     * // Where email contains prisma.io
     * // Limited to the 10 users
     * const aggregations = await prisma.user.aggregate({
     *   _avg: {
     *     age: true,
     *   },
     *   where: {
     *     email: {
     *       contains: "prisma.io",
     *     },
     *   },
     *   orderBy: {
     *     age: "asc",
     *   },
     *   take: 10,
     * })
    **/
    aggregate<T extends CheckInRecordAggregateArgs>(args: Subset<T, CheckInRecordAggregateArgs>): Prisma.PrismaPromise<GetCheckInRecordAggregateType<T>>

    /**
     * Group by CheckInRecord.
     * Note, that providing `undefined` is treated as the value not being there.
     * Read more here: https://pris.ly/d/null-undefined
     * @param {CheckInRecordGroupByArgs} args - Group by arguments.
     * @example
     * // Group by city, order by createdAt, get count
     * const result = await prisma.user.groupBy({
     *   by: ['city', 'createdAt'],
     *   orderBy: {
     *     createdAt: true
     *   },
     *   _count: {
     *     _all: true
     *   },
     * })
     * 
    **/
    groupBy<
      T extends CheckInRecordGroupByArgs,
      HasSelectOrTake extends Or<
        Extends<'skip', Keys<T>>,
        Extends<'take', Keys<T>>
      >,
      OrderByArg extends True extends HasSelectOrTake
        ? { orderBy: CheckInRecordGroupByArgs['orderBy'] }
        : { orderBy?: CheckInRecordGroupByArgs['orderBy'] },
      OrderFields extends ExcludeUnderscoreKeys<Keys<MaybeTupleToUnion<T['orderBy']>>>,
      ByFields extends MaybeTupleToUnion<T['by']>,
      ByValid extends Has<ByFields, OrderFields>,
      HavingFields extends GetHavingFields<T['having']>,
      HavingValid extends Has<ByFields, HavingFields>,
      ByEmpty extends T['by'] extends never[] ? True : False,
      InputErrors extends ByEmpty extends True
      ? `Error: "by" must not be empty.`
      : HavingValid extends False
      ? {
          [P in HavingFields]: P extends ByFields
            ? never
            : P extends string
            ? `Error: Field "${P}" used in "having" needs to be provided in "by".`
            : [
                Error,
                'Field ',
                P,
                ` in "having" needs to be provided in "by"`,
              ]
        }[HavingFields]
      : 'take' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "take", you also need to provide "orderBy"'
      : 'skip' extends Keys<T>
      ? 'orderBy' extends Keys<T>
        ? ByValid extends True
          ? {}
          : {
              [P in OrderFields]: P extends ByFields
                ? never
                : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
            }[OrderFields]
        : 'Error: If you provide "skip", you also need to provide "orderBy"'
      : ByValid extends True
      ? {}
      : {
          [P in OrderFields]: P extends ByFields
            ? never
            : `Error: Field "${P}" in "orderBy" needs to be provided in "by"`
        }[OrderFields]
    >(args: SubsetIntersection<T, CheckInRecordGroupByArgs, OrderByArg> & InputErrors): {} extends InputErrors ? GetCheckInRecordGroupByPayload<T> : Prisma.PrismaPromise<InputErrors>
  /**
   * Fields of the CheckInRecord model
   */
  readonly fields: CheckInRecordFieldRefs;
  }

  /**
   * The delegate class that acts as a "Promise-like" for CheckInRecord.
   * Why is this prefixed with `Prisma__`?
   * Because we want to prevent naming conflicts as mentioned in
   * https://github.com/prisma/prisma-client-js/issues/707
   */
  export interface Prisma__CheckInRecordClient<T, Null = never, ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs, GlobalOmitOptions = {}> extends Prisma.PrismaPromise<T> {
    readonly [Symbol.toStringTag]: "PrismaPromise"
    deployment<T extends DeploymentDefaultArgs<ExtArgs> = {}>(args?: Subset<T, DeploymentDefaultArgs<ExtArgs>>): Prisma__DeploymentClient<$Result.GetResult<Prisma.$DeploymentPayload<ExtArgs>, T, "findUniqueOrThrow", GlobalOmitOptions> | Null, Null, ExtArgs, GlobalOmitOptions>
    /**
     * Attaches callbacks for the resolution and/or rejection of the Promise.
     * @param onfulfilled The callback to execute when the Promise is resolved.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of which ever callback is executed.
     */
    then<TResult1 = T, TResult2 = never>(onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | undefined | null, onrejected?: ((reason: any) => TResult2 | PromiseLike<TResult2>) | undefined | null): $Utils.JsPromise<TResult1 | TResult2>
    /**
     * Attaches a callback for only the rejection of the Promise.
     * @param onrejected The callback to execute when the Promise is rejected.
     * @returns A Promise for the completion of the callback.
     */
    catch<TResult = never>(onrejected?: ((reason: any) => TResult | PromiseLike<TResult>) | undefined | null): $Utils.JsPromise<T | TResult>
    /**
     * Attaches a callback that is invoked when the Promise is settled (fulfilled or rejected). The
     * resolved value cannot be modified from the callback.
     * @param onfinally The callback to execute when the Promise is settled (fulfilled or rejected).
     * @returns A Promise for the completion of the callback.
     */
    finally(onfinally?: (() => void) | undefined | null): $Utils.JsPromise<T>
  }




  /**
   * Fields of the CheckInRecord model
   */
  interface CheckInRecordFieldRefs {
    readonly id: FieldRef<"CheckInRecord", 'String'>
    readonly deploymentId: FieldRef<"CheckInRecord", 'String'>
    readonly checkInKey: FieldRef<"CheckInRecord", 'String'>
    readonly sentAt: FieldRef<"CheckInRecord", 'DateTime'>
    readonly messageTs: FieldRef<"CheckInRecord", 'String'>
    readonly snoozedUntil: FieldRef<"CheckInRecord", 'DateTime'>
    readonly escalatedAt: FieldRef<"CheckInRecord", 'DateTime'>
    readonly answeredAt: FieldRef<"CheckInRecord", 'DateTime'>
    readonly answeredBy: FieldRef<"CheckInRecord", 'String'>
    readonly answer: FieldRef<"CheckInRecord", 'String'>
    readonly note: FieldRef<"CheckInRecord", 'String'>
  }
    

  // Custom InputTypes
  /**
   * CheckInRecord findUnique
   */
  export type CheckInRecordFindUniqueArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * Filter, which CheckInRecord to fetch.
     */
    where: CheckInRecordWhereUniqueInput
  }

  /**
   * CheckInRecord findUniqueOrThrow
   */
  export type CheckInRecordFindUniqueOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * Filter, which CheckInRecord to fetch.
     */
    where: CheckInRecordWhereUniqueInput
  }

  /**
   * CheckInRecord findFirst
   */
  export type CheckInRecordFindFirstArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * Filter, which CheckInRecord to fetch.
     */
    where?: CheckInRecordWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of CheckInRecords to fetch.
     */
    orderBy?: CheckInRecordOrderByWithRelationInput | CheckInRecordOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for CheckInRecords.
     */
    cursor?: CheckInRecordWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` CheckInRecords from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` CheckInRecords.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of CheckInRecords.
     */
    distinct?: CheckInRecordScalarFieldEnum | CheckInRecordScalarFieldEnum[]
  }

  /**
   * CheckInRecord findFirstOrThrow
   */
  export type CheckInRecordFindFirstOrThrowArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * Filter, which CheckInRecord to fetch.
     */
    where?: CheckInRecordWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of CheckInRecords to fetch.
     */
    orderBy?: CheckInRecordOrderByWithRelationInput | CheckInRecordOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for searching for CheckInRecords.
     */
    cursor?: CheckInRecordWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` CheckInRecords from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` CheckInRecords.
     */
    skip?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/distinct Distinct Docs}
     * 
     * Filter by unique combinations of CheckInRecords.
     */
    distinct?: CheckInRecordScalarFieldEnum | CheckInRecordScalarFieldEnum[]
  }

  /**
   * CheckInRecord findMany
   */
  export type CheckInRecordFindManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * Filter, which CheckInRecords to fetch.
     */
    where?: CheckInRecordWhereInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/sorting Sorting Docs}
     * 
     * Determine the order of CheckInRecords to fetch.
     */
    orderBy?: CheckInRecordOrderByWithRelationInput | CheckInRecordOrderByWithRelationInput[]
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination#cursor-based-pagination Cursor Docs}
     * 
     * Sets the position for listing CheckInRecords.
     */
    cursor?: CheckInRecordWhereUniqueInput
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Take `±n` CheckInRecords from the position of the cursor.
     */
    take?: number
    /**
     * {@link https://www.prisma.io/docs/concepts/components/prisma-client/pagination Pagination Docs}
     * 
     * Skip the first `n` CheckInRecords.
     */
    skip?: number
    distinct?: CheckInRecordScalarFieldEnum | CheckInRecordScalarFieldEnum[]
  }

  /**
   * CheckInRecord create
   */
  export type CheckInRecordCreateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * The data needed to create a CheckInRecord.
     */
    data: XOR<CheckInRecordCreateInput, CheckInRecordUncheckedCreateInput>
  }

  /**
   * CheckInRecord createMany
   */
  export type CheckInRecordCreateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to create many CheckInRecords.
     */
    data: CheckInRecordCreateManyInput | CheckInRecordCreateManyInput[]
    skipDuplicates?: boolean
  }

  /**
   * CheckInRecord createManyAndReturn
   */
  export type CheckInRecordCreateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelectCreateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * The data used to create many CheckInRecords.
     */
    data: CheckInRecordCreateManyInput | CheckInRecordCreateManyInput[]
    skipDuplicates?: boolean
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordIncludeCreateManyAndReturn<ExtArgs> | null
  }

  /**
   * CheckInRecord update
   */
  export type CheckInRecordUpdateArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * The data needed to update a CheckInRecord.
     */
    data: XOR<CheckInRecordUpdateInput, CheckInRecordUncheckedUpdateInput>
    /**
     * Choose, which CheckInRecord to update.
     */
    where: CheckInRecordWhereUniqueInput
  }

  /**
   * CheckInRecord updateMany
   */
  export type CheckInRecordUpdateManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * The data used to update CheckInRecords.
     */
    data: XOR<CheckInRecordUpdateManyMutationInput, CheckInRecordUncheckedUpdateManyInput>
    /**
     * Filter which CheckInRecords to update
     */
    where?: CheckInRecordWhereInput
    /**
     * Limit how many CheckInRecords to update.
     */
    limit?: number
  }

  /**
   * CheckInRecord updateManyAndReturn
   */
  export type CheckInRecordUpdateManyAndReturnArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelectUpdateManyAndReturn<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * The data used to update CheckInRecords.
     */
    data: XOR<CheckInRecordUpdateManyMutationInput, CheckInRecordUncheckedUpdateManyInput>
    /**
     * Filter which CheckInRecords to update
     */
    where?: CheckInRecordWhereInput
    /**
     * Limit how many CheckInRecords to update.
     */
    limit?: number
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordIncludeUpdateManyAndReturn<ExtArgs> | null
  }

  /**
   * CheckInRecord upsert
   */
  export type CheckInRecordUpsertArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * The filter to search for the CheckInRecord to update in case it exists.
     */
    where: CheckInRecordWhereUniqueInput
    /**
     * In case the CheckInRecord found by the `where` argument doesn't exist, create a new CheckInRecord with this data.
     */
    create: XOR<CheckInRecordCreateInput, CheckInRecordUncheckedCreateInput>
    /**
     * In case the CheckInRecord was found with the provided `where` argument, update it with this data.
     */
    update: XOR<CheckInRecordUpdateInput, CheckInRecordUncheckedUpdateInput>
  }

  /**
   * CheckInRecord delete
   */
  export type CheckInRecordDeleteArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
    /**
     * Filter which CheckInRecord to delete.
     */
    where: CheckInRecordWhereUniqueInput
  }

  /**
   * CheckInRecord deleteMany
   */
  export type CheckInRecordDeleteManyArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Filter which CheckInRecords to delete
     */
    where?: CheckInRecordWhereInput
    /**
     * Limit how many CheckInRecords to delete.
     */
    limit?: number
  }

  /**
   * CheckInRecord without action
   */
  export type CheckInRecordDefaultArgs<ExtArgs extends $Extensions.InternalArgs = $Extensions.DefaultArgs> = {
    /**
     * Select specific fields to fetch from the CheckInRecord
     */
    select?: CheckInRecordSelect<ExtArgs> | null
    /**
     * Omit specific fields from the CheckInRecord
     */
    omit?: CheckInRecordOmit<ExtArgs> | null
    /**
     * Choose, which related nodes to fetch as well
     */
    include?: CheckInRecordInclude<ExtArgs> | null
  }


  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    ReadUncommitted: 'ReadUncommitted',
    ReadCommitted: 'ReadCommitted',
    RepeatableRead: 'RepeatableRead',
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]


  export const DeploymentScalarFieldEnum: {
    id: 'id',
    teamId: 'teamId',
    channelId: 'channelId',
    service: 'service',
    version: 'version',
    environment: 'environment',
    ownerId: 'ownerId',
    status: 'status',
    templateName: 'templateName',
    templateHash: 'templateHash',
    templateJson: 'templateJson',
    endpointsJson: 'endpointsJson',
    threadTs: 'threadTs',
    openKey: 'openKey',
    revision: 'revision',
    goLiveAt: 'goLiveAt',
    goLiveBy: 'goLiveBy',
    goLiveOverride: 'goLiveOverride',
    rollbackReason: 'rollbackReason',
    checkInsStoppedAt: 'checkInsStoppedAt',
    checkInsStopReason: 'checkInsStopReason',
    closedAt: 'closedAt',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt'
  };

  export type DeploymentScalarFieldEnum = (typeof DeploymentScalarFieldEnum)[keyof typeof DeploymentScalarFieldEnum]


  export const ItemStateScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    itemKey: 'itemKey',
    done: 'done',
    flagged: 'flagged',
    byUser: 'byUser',
    at: 'at',
    note: 'note',
    evidenceJson: 'evidenceJson'
  };

  export type ItemStateScalarFieldEnum = (typeof ItemStateScalarFieldEnum)[keyof typeof ItemStateScalarFieldEnum]


  export const AuditEventScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    actor: 'actor',
    action: 'action',
    itemKey: 'itemKey',
    dataJson: 'dataJson',
    at: 'at'
  };

  export type AuditEventScalarFieldEnum = (typeof AuditEventScalarFieldEnum)[keyof typeof AuditEventScalarFieldEnum]


  export const SlackMessageScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    part: 'part',
    channelId: 'channelId',
    ts: 'ts',
    position: 'position',
    renderHash: 'renderHash'
  };

  export type SlackMessageScalarFieldEnum = (typeof SlackMessageScalarFieldEnum)[keyof typeof SlackMessageScalarFieldEnum]


  export const JobScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    kind: 'kind',
    dedupeKey: 'dedupeKey',
    requestRev: 'requestRev',
    payloadJson: 'payloadJson',
    dueAt: 'dueAt',
    attempts: 'attempts',
    claimedBy: 'claimedBy',
    claimedUntil: 'claimedUntil',
    doneAt: 'doneAt',
    failedAt: 'failedAt',
    lastError: 'lastError',
    createdAt: 'createdAt'
  };

  export type JobScalarFieldEnum = (typeof JobScalarFieldEnum)[keyof typeof JobScalarFieldEnum]


  export const RoleAssignmentScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    roleKey: 'roleKey',
    userId: 'userId'
  };

  export type RoleAssignmentScalarFieldEnum = (typeof RoleAssignmentScalarFieldEnum)[keyof typeof RoleAssignmentScalarFieldEnum]


  export const SignOffScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    roleKey: 'roleKey',
    userId: 'userId',
    decision: 'decision',
    reason: 'reason',
    note: 'note',
    at: 'at',
    staleAt: 'staleAt',
    staleReason: 'staleReason'
  };

  export type SignOffScalarFieldEnum = (typeof SignOffScalarFieldEnum)[keyof typeof SignOffScalarFieldEnum]


  export const ProbeRunScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    runId: 'runId',
    itemKey: 'itemKey',
    kind: 'kind',
    target: 'target',
    outcome: 'outcome',
    conditionsJson: 'conditionsJson',
    evidenceJson: 'evidenceJson',
    summary: 'summary',
    durationMs: 'durationMs',
    attempts: 'attempts',
    trigger: 'trigger',
    at: 'at'
  };

  export type ProbeRunScalarFieldEnum = (typeof ProbeRunScalarFieldEnum)[keyof typeof ProbeRunScalarFieldEnum]


  export const VerificationScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    roleKey: 'roleKey',
    userId: 'userId',
    issues: 'issues',
    status: 'status',
    note: 'note',
    at: 'at'
  };

  export type VerificationScalarFieldEnum = (typeof VerificationScalarFieldEnum)[keyof typeof VerificationScalarFieldEnum]


  export const CheckInRecordScalarFieldEnum: {
    id: 'id',
    deploymentId: 'deploymentId',
    checkInKey: 'checkInKey',
    sentAt: 'sentAt',
    messageTs: 'messageTs',
    snoozedUntil: 'snoozedUntil',
    escalatedAt: 'escalatedAt',
    answeredAt: 'answeredAt',
    answeredBy: 'answeredBy',
    answer: 'answer',
    note: 'note'
  };

  export type CheckInRecordScalarFieldEnum = (typeof CheckInRecordScalarFieldEnum)[keyof typeof CheckInRecordScalarFieldEnum]


  export const SortOrder: {
    asc: 'asc',
    desc: 'desc'
  };

  export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder]


  export const QueryMode: {
    default: 'default',
    insensitive: 'insensitive'
  };

  export type QueryMode = (typeof QueryMode)[keyof typeof QueryMode]


  export const NullsOrder: {
    first: 'first',
    last: 'last'
  };

  export type NullsOrder = (typeof NullsOrder)[keyof typeof NullsOrder]


  /**
   * Field references
   */


  /**
   * Reference to a field of type 'String'
   */
  export type StringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String'>
    


  /**
   * Reference to a field of type 'String[]'
   */
  export type ListStringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String[]'>
    


  /**
   * Reference to a field of type 'Int'
   */
  export type IntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int'>
    


  /**
   * Reference to a field of type 'Int[]'
   */
  export type ListIntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int[]'>
    


  /**
   * Reference to a field of type 'DateTime'
   */
  export type DateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime'>
    


  /**
   * Reference to a field of type 'DateTime[]'
   */
  export type ListDateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime[]'>
    


  /**
   * Reference to a field of type 'Boolean'
   */
  export type BooleanFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Boolean'>
    


  /**
   * Reference to a field of type 'Float'
   */
  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>
    


  /**
   * Reference to a field of type 'Float[]'
   */
  export type ListFloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float[]'>
    
  /**
   * Deep Input Types
   */


  export type DeploymentWhereInput = {
    AND?: DeploymentWhereInput | DeploymentWhereInput[]
    OR?: DeploymentWhereInput[]
    NOT?: DeploymentWhereInput | DeploymentWhereInput[]
    id?: StringFilter<"Deployment"> | string
    teamId?: StringFilter<"Deployment"> | string
    channelId?: StringFilter<"Deployment"> | string
    service?: StringFilter<"Deployment"> | string
    version?: StringFilter<"Deployment"> | string
    environment?: StringFilter<"Deployment"> | string
    ownerId?: StringFilter<"Deployment"> | string
    status?: StringFilter<"Deployment"> | string
    templateName?: StringFilter<"Deployment"> | string
    templateHash?: StringFilter<"Deployment"> | string
    templateJson?: StringFilter<"Deployment"> | string
    endpointsJson?: StringFilter<"Deployment"> | string
    threadTs?: StringNullableFilter<"Deployment"> | string | null
    openKey?: StringNullableFilter<"Deployment"> | string | null
    revision?: IntFilter<"Deployment"> | number
    goLiveAt?: DateTimeNullableFilter<"Deployment"> | Date | string | null
    goLiveBy?: StringNullableFilter<"Deployment"> | string | null
    goLiveOverride?: StringNullableFilter<"Deployment"> | string | null
    rollbackReason?: StringNullableFilter<"Deployment"> | string | null
    checkInsStoppedAt?: DateTimeNullableFilter<"Deployment"> | Date | string | null
    checkInsStopReason?: StringNullableFilter<"Deployment"> | string | null
    closedAt?: DateTimeNullableFilter<"Deployment"> | Date | string | null
    createdAt?: DateTimeFilter<"Deployment"> | Date | string
    updatedAt?: DateTimeFilter<"Deployment"> | Date | string
    items?: ItemStateListRelationFilter
    audit?: AuditEventListRelationFilter
    messages?: SlackMessageListRelationFilter
    jobs?: JobListRelationFilter
    roles?: RoleAssignmentListRelationFilter
    signOffs?: SignOffListRelationFilter
    probeRuns?: ProbeRunListRelationFilter
    verifications?: VerificationListRelationFilter
    checkIns?: CheckInRecordListRelationFilter
  }

  export type DeploymentOrderByWithRelationInput = {
    id?: SortOrder
    teamId?: SortOrder
    channelId?: SortOrder
    service?: SortOrder
    version?: SortOrder
    environment?: SortOrder
    ownerId?: SortOrder
    status?: SortOrder
    templateName?: SortOrder
    templateHash?: SortOrder
    templateJson?: SortOrder
    endpointsJson?: SortOrder
    threadTs?: SortOrderInput | SortOrder
    openKey?: SortOrderInput | SortOrder
    revision?: SortOrder
    goLiveAt?: SortOrderInput | SortOrder
    goLiveBy?: SortOrderInput | SortOrder
    goLiveOverride?: SortOrderInput | SortOrder
    rollbackReason?: SortOrderInput | SortOrder
    checkInsStoppedAt?: SortOrderInput | SortOrder
    checkInsStopReason?: SortOrderInput | SortOrder
    closedAt?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    items?: ItemStateOrderByRelationAggregateInput
    audit?: AuditEventOrderByRelationAggregateInput
    messages?: SlackMessageOrderByRelationAggregateInput
    jobs?: JobOrderByRelationAggregateInput
    roles?: RoleAssignmentOrderByRelationAggregateInput
    signOffs?: SignOffOrderByRelationAggregateInput
    probeRuns?: ProbeRunOrderByRelationAggregateInput
    verifications?: VerificationOrderByRelationAggregateInput
    checkIns?: CheckInRecordOrderByRelationAggregateInput
  }

  export type DeploymentWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    openKey?: string
    AND?: DeploymentWhereInput | DeploymentWhereInput[]
    OR?: DeploymentWhereInput[]
    NOT?: DeploymentWhereInput | DeploymentWhereInput[]
    teamId?: StringFilter<"Deployment"> | string
    channelId?: StringFilter<"Deployment"> | string
    service?: StringFilter<"Deployment"> | string
    version?: StringFilter<"Deployment"> | string
    environment?: StringFilter<"Deployment"> | string
    ownerId?: StringFilter<"Deployment"> | string
    status?: StringFilter<"Deployment"> | string
    templateName?: StringFilter<"Deployment"> | string
    templateHash?: StringFilter<"Deployment"> | string
    templateJson?: StringFilter<"Deployment"> | string
    endpointsJson?: StringFilter<"Deployment"> | string
    threadTs?: StringNullableFilter<"Deployment"> | string | null
    revision?: IntFilter<"Deployment"> | number
    goLiveAt?: DateTimeNullableFilter<"Deployment"> | Date | string | null
    goLiveBy?: StringNullableFilter<"Deployment"> | string | null
    goLiveOverride?: StringNullableFilter<"Deployment"> | string | null
    rollbackReason?: StringNullableFilter<"Deployment"> | string | null
    checkInsStoppedAt?: DateTimeNullableFilter<"Deployment"> | Date | string | null
    checkInsStopReason?: StringNullableFilter<"Deployment"> | string | null
    closedAt?: DateTimeNullableFilter<"Deployment"> | Date | string | null
    createdAt?: DateTimeFilter<"Deployment"> | Date | string
    updatedAt?: DateTimeFilter<"Deployment"> | Date | string
    items?: ItemStateListRelationFilter
    audit?: AuditEventListRelationFilter
    messages?: SlackMessageListRelationFilter
    jobs?: JobListRelationFilter
    roles?: RoleAssignmentListRelationFilter
    signOffs?: SignOffListRelationFilter
    probeRuns?: ProbeRunListRelationFilter
    verifications?: VerificationListRelationFilter
    checkIns?: CheckInRecordListRelationFilter
  }, "id" | "openKey">

  export type DeploymentOrderByWithAggregationInput = {
    id?: SortOrder
    teamId?: SortOrder
    channelId?: SortOrder
    service?: SortOrder
    version?: SortOrder
    environment?: SortOrder
    ownerId?: SortOrder
    status?: SortOrder
    templateName?: SortOrder
    templateHash?: SortOrder
    templateJson?: SortOrder
    endpointsJson?: SortOrder
    threadTs?: SortOrderInput | SortOrder
    openKey?: SortOrderInput | SortOrder
    revision?: SortOrder
    goLiveAt?: SortOrderInput | SortOrder
    goLiveBy?: SortOrderInput | SortOrder
    goLiveOverride?: SortOrderInput | SortOrder
    rollbackReason?: SortOrderInput | SortOrder
    checkInsStoppedAt?: SortOrderInput | SortOrder
    checkInsStopReason?: SortOrderInput | SortOrder
    closedAt?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
    _count?: DeploymentCountOrderByAggregateInput
    _avg?: DeploymentAvgOrderByAggregateInput
    _max?: DeploymentMaxOrderByAggregateInput
    _min?: DeploymentMinOrderByAggregateInput
    _sum?: DeploymentSumOrderByAggregateInput
  }

  export type DeploymentScalarWhereWithAggregatesInput = {
    AND?: DeploymentScalarWhereWithAggregatesInput | DeploymentScalarWhereWithAggregatesInput[]
    OR?: DeploymentScalarWhereWithAggregatesInput[]
    NOT?: DeploymentScalarWhereWithAggregatesInput | DeploymentScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Deployment"> | string
    teamId?: StringWithAggregatesFilter<"Deployment"> | string
    channelId?: StringWithAggregatesFilter<"Deployment"> | string
    service?: StringWithAggregatesFilter<"Deployment"> | string
    version?: StringWithAggregatesFilter<"Deployment"> | string
    environment?: StringWithAggregatesFilter<"Deployment"> | string
    ownerId?: StringWithAggregatesFilter<"Deployment"> | string
    status?: StringWithAggregatesFilter<"Deployment"> | string
    templateName?: StringWithAggregatesFilter<"Deployment"> | string
    templateHash?: StringWithAggregatesFilter<"Deployment"> | string
    templateJson?: StringWithAggregatesFilter<"Deployment"> | string
    endpointsJson?: StringWithAggregatesFilter<"Deployment"> | string
    threadTs?: StringNullableWithAggregatesFilter<"Deployment"> | string | null
    openKey?: StringNullableWithAggregatesFilter<"Deployment"> | string | null
    revision?: IntWithAggregatesFilter<"Deployment"> | number
    goLiveAt?: DateTimeNullableWithAggregatesFilter<"Deployment"> | Date | string | null
    goLiveBy?: StringNullableWithAggregatesFilter<"Deployment"> | string | null
    goLiveOverride?: StringNullableWithAggregatesFilter<"Deployment"> | string | null
    rollbackReason?: StringNullableWithAggregatesFilter<"Deployment"> | string | null
    checkInsStoppedAt?: DateTimeNullableWithAggregatesFilter<"Deployment"> | Date | string | null
    checkInsStopReason?: StringNullableWithAggregatesFilter<"Deployment"> | string | null
    closedAt?: DateTimeNullableWithAggregatesFilter<"Deployment"> | Date | string | null
    createdAt?: DateTimeWithAggregatesFilter<"Deployment"> | Date | string
    updatedAt?: DateTimeWithAggregatesFilter<"Deployment"> | Date | string
  }

  export type ItemStateWhereInput = {
    AND?: ItemStateWhereInput | ItemStateWhereInput[]
    OR?: ItemStateWhereInput[]
    NOT?: ItemStateWhereInput | ItemStateWhereInput[]
    id?: StringFilter<"ItemState"> | string
    deploymentId?: StringFilter<"ItemState"> | string
    itemKey?: StringFilter<"ItemState"> | string
    done?: BoolFilter<"ItemState"> | boolean
    flagged?: BoolFilter<"ItemState"> | boolean
    byUser?: StringNullableFilter<"ItemState"> | string | null
    at?: DateTimeNullableFilter<"ItemState"> | Date | string | null
    note?: StringNullableFilter<"ItemState"> | string | null
    evidenceJson?: StringNullableFilter<"ItemState"> | string | null
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type ItemStateOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    itemKey?: SortOrder
    done?: SortOrder
    flagged?: SortOrder
    byUser?: SortOrderInput | SortOrder
    at?: SortOrderInput | SortOrder
    note?: SortOrderInput | SortOrder
    evidenceJson?: SortOrderInput | SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type ItemStateWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    deploymentId_itemKey?: ItemStateDeploymentIdItemKeyCompoundUniqueInput
    AND?: ItemStateWhereInput | ItemStateWhereInput[]
    OR?: ItemStateWhereInput[]
    NOT?: ItemStateWhereInput | ItemStateWhereInput[]
    deploymentId?: StringFilter<"ItemState"> | string
    itemKey?: StringFilter<"ItemState"> | string
    done?: BoolFilter<"ItemState"> | boolean
    flagged?: BoolFilter<"ItemState"> | boolean
    byUser?: StringNullableFilter<"ItemState"> | string | null
    at?: DateTimeNullableFilter<"ItemState"> | Date | string | null
    note?: StringNullableFilter<"ItemState"> | string | null
    evidenceJson?: StringNullableFilter<"ItemState"> | string | null
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id" | "deploymentId_itemKey">

  export type ItemStateOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    itemKey?: SortOrder
    done?: SortOrder
    flagged?: SortOrder
    byUser?: SortOrderInput | SortOrder
    at?: SortOrderInput | SortOrder
    note?: SortOrderInput | SortOrder
    evidenceJson?: SortOrderInput | SortOrder
    _count?: ItemStateCountOrderByAggregateInput
    _max?: ItemStateMaxOrderByAggregateInput
    _min?: ItemStateMinOrderByAggregateInput
  }

  export type ItemStateScalarWhereWithAggregatesInput = {
    AND?: ItemStateScalarWhereWithAggregatesInput | ItemStateScalarWhereWithAggregatesInput[]
    OR?: ItemStateScalarWhereWithAggregatesInput[]
    NOT?: ItemStateScalarWhereWithAggregatesInput | ItemStateScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"ItemState"> | string
    deploymentId?: StringWithAggregatesFilter<"ItemState"> | string
    itemKey?: StringWithAggregatesFilter<"ItemState"> | string
    done?: BoolWithAggregatesFilter<"ItemState"> | boolean
    flagged?: BoolWithAggregatesFilter<"ItemState"> | boolean
    byUser?: StringNullableWithAggregatesFilter<"ItemState"> | string | null
    at?: DateTimeNullableWithAggregatesFilter<"ItemState"> | Date | string | null
    note?: StringNullableWithAggregatesFilter<"ItemState"> | string | null
    evidenceJson?: StringNullableWithAggregatesFilter<"ItemState"> | string | null
  }

  export type AuditEventWhereInput = {
    AND?: AuditEventWhereInput | AuditEventWhereInput[]
    OR?: AuditEventWhereInput[]
    NOT?: AuditEventWhereInput | AuditEventWhereInput[]
    id?: IntFilter<"AuditEvent"> | number
    deploymentId?: StringFilter<"AuditEvent"> | string
    actor?: StringFilter<"AuditEvent"> | string
    action?: StringFilter<"AuditEvent"> | string
    itemKey?: StringNullableFilter<"AuditEvent"> | string | null
    dataJson?: StringFilter<"AuditEvent"> | string
    at?: DateTimeFilter<"AuditEvent"> | Date | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type AuditEventOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    itemKey?: SortOrderInput | SortOrder
    dataJson?: SortOrder
    at?: SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type AuditEventWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    AND?: AuditEventWhereInput | AuditEventWhereInput[]
    OR?: AuditEventWhereInput[]
    NOT?: AuditEventWhereInput | AuditEventWhereInput[]
    deploymentId?: StringFilter<"AuditEvent"> | string
    actor?: StringFilter<"AuditEvent"> | string
    action?: StringFilter<"AuditEvent"> | string
    itemKey?: StringNullableFilter<"AuditEvent"> | string | null
    dataJson?: StringFilter<"AuditEvent"> | string
    at?: DateTimeFilter<"AuditEvent"> | Date | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id">

  export type AuditEventOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    itemKey?: SortOrderInput | SortOrder
    dataJson?: SortOrder
    at?: SortOrder
    _count?: AuditEventCountOrderByAggregateInput
    _avg?: AuditEventAvgOrderByAggregateInput
    _max?: AuditEventMaxOrderByAggregateInput
    _min?: AuditEventMinOrderByAggregateInput
    _sum?: AuditEventSumOrderByAggregateInput
  }

  export type AuditEventScalarWhereWithAggregatesInput = {
    AND?: AuditEventScalarWhereWithAggregatesInput | AuditEventScalarWhereWithAggregatesInput[]
    OR?: AuditEventScalarWhereWithAggregatesInput[]
    NOT?: AuditEventScalarWhereWithAggregatesInput | AuditEventScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"AuditEvent"> | number
    deploymentId?: StringWithAggregatesFilter<"AuditEvent"> | string
    actor?: StringWithAggregatesFilter<"AuditEvent"> | string
    action?: StringWithAggregatesFilter<"AuditEvent"> | string
    itemKey?: StringNullableWithAggregatesFilter<"AuditEvent"> | string | null
    dataJson?: StringWithAggregatesFilter<"AuditEvent"> | string
    at?: DateTimeWithAggregatesFilter<"AuditEvent"> | Date | string
  }

  export type SlackMessageWhereInput = {
    AND?: SlackMessageWhereInput | SlackMessageWhereInput[]
    OR?: SlackMessageWhereInput[]
    NOT?: SlackMessageWhereInput | SlackMessageWhereInput[]
    id?: StringFilter<"SlackMessage"> | string
    deploymentId?: StringFilter<"SlackMessage"> | string
    part?: StringFilter<"SlackMessage"> | string
    channelId?: StringFilter<"SlackMessage"> | string
    ts?: StringNullableFilter<"SlackMessage"> | string | null
    position?: IntFilter<"SlackMessage"> | number
    renderHash?: StringNullableFilter<"SlackMessage"> | string | null
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type SlackMessageOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    part?: SortOrder
    channelId?: SortOrder
    ts?: SortOrderInput | SortOrder
    position?: SortOrder
    renderHash?: SortOrderInput | SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type SlackMessageWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    deploymentId_part?: SlackMessageDeploymentIdPartCompoundUniqueInput
    AND?: SlackMessageWhereInput | SlackMessageWhereInput[]
    OR?: SlackMessageWhereInput[]
    NOT?: SlackMessageWhereInput | SlackMessageWhereInput[]
    deploymentId?: StringFilter<"SlackMessage"> | string
    part?: StringFilter<"SlackMessage"> | string
    channelId?: StringFilter<"SlackMessage"> | string
    ts?: StringNullableFilter<"SlackMessage"> | string | null
    position?: IntFilter<"SlackMessage"> | number
    renderHash?: StringNullableFilter<"SlackMessage"> | string | null
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id" | "deploymentId_part">

  export type SlackMessageOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    part?: SortOrder
    channelId?: SortOrder
    ts?: SortOrderInput | SortOrder
    position?: SortOrder
    renderHash?: SortOrderInput | SortOrder
    _count?: SlackMessageCountOrderByAggregateInput
    _avg?: SlackMessageAvgOrderByAggregateInput
    _max?: SlackMessageMaxOrderByAggregateInput
    _min?: SlackMessageMinOrderByAggregateInput
    _sum?: SlackMessageSumOrderByAggregateInput
  }

  export type SlackMessageScalarWhereWithAggregatesInput = {
    AND?: SlackMessageScalarWhereWithAggregatesInput | SlackMessageScalarWhereWithAggregatesInput[]
    OR?: SlackMessageScalarWhereWithAggregatesInput[]
    NOT?: SlackMessageScalarWhereWithAggregatesInput | SlackMessageScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"SlackMessage"> | string
    deploymentId?: StringWithAggregatesFilter<"SlackMessage"> | string
    part?: StringWithAggregatesFilter<"SlackMessage"> | string
    channelId?: StringWithAggregatesFilter<"SlackMessage"> | string
    ts?: StringNullableWithAggregatesFilter<"SlackMessage"> | string | null
    position?: IntWithAggregatesFilter<"SlackMessage"> | number
    renderHash?: StringNullableWithAggregatesFilter<"SlackMessage"> | string | null
  }

  export type JobWhereInput = {
    AND?: JobWhereInput | JobWhereInput[]
    OR?: JobWhereInput[]
    NOT?: JobWhereInput | JobWhereInput[]
    id?: StringFilter<"Job"> | string
    deploymentId?: StringFilter<"Job"> | string
    kind?: StringFilter<"Job"> | string
    dedupeKey?: StringNullableFilter<"Job"> | string | null
    requestRev?: IntFilter<"Job"> | number
    payloadJson?: StringFilter<"Job"> | string
    dueAt?: DateTimeFilter<"Job"> | Date | string
    attempts?: IntFilter<"Job"> | number
    claimedBy?: StringNullableFilter<"Job"> | string | null
    claimedUntil?: DateTimeNullableFilter<"Job"> | Date | string | null
    doneAt?: DateTimeNullableFilter<"Job"> | Date | string | null
    failedAt?: DateTimeNullableFilter<"Job"> | Date | string | null
    lastError?: StringNullableFilter<"Job"> | string | null
    createdAt?: DateTimeFilter<"Job"> | Date | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type JobOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    kind?: SortOrder
    dedupeKey?: SortOrderInput | SortOrder
    requestRev?: SortOrder
    payloadJson?: SortOrder
    dueAt?: SortOrder
    attempts?: SortOrder
    claimedBy?: SortOrderInput | SortOrder
    claimedUntil?: SortOrderInput | SortOrder
    doneAt?: SortOrderInput | SortOrder
    failedAt?: SortOrderInput | SortOrder
    lastError?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type JobWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    dedupeKey?: string
    AND?: JobWhereInput | JobWhereInput[]
    OR?: JobWhereInput[]
    NOT?: JobWhereInput | JobWhereInput[]
    deploymentId?: StringFilter<"Job"> | string
    kind?: StringFilter<"Job"> | string
    requestRev?: IntFilter<"Job"> | number
    payloadJson?: StringFilter<"Job"> | string
    dueAt?: DateTimeFilter<"Job"> | Date | string
    attempts?: IntFilter<"Job"> | number
    claimedBy?: StringNullableFilter<"Job"> | string | null
    claimedUntil?: DateTimeNullableFilter<"Job"> | Date | string | null
    doneAt?: DateTimeNullableFilter<"Job"> | Date | string | null
    failedAt?: DateTimeNullableFilter<"Job"> | Date | string | null
    lastError?: StringNullableFilter<"Job"> | string | null
    createdAt?: DateTimeFilter<"Job"> | Date | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id" | "dedupeKey">

  export type JobOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    kind?: SortOrder
    dedupeKey?: SortOrderInput | SortOrder
    requestRev?: SortOrder
    payloadJson?: SortOrder
    dueAt?: SortOrder
    attempts?: SortOrder
    claimedBy?: SortOrderInput | SortOrder
    claimedUntil?: SortOrderInput | SortOrder
    doneAt?: SortOrderInput | SortOrder
    failedAt?: SortOrderInput | SortOrder
    lastError?: SortOrderInput | SortOrder
    createdAt?: SortOrder
    _count?: JobCountOrderByAggregateInput
    _avg?: JobAvgOrderByAggregateInput
    _max?: JobMaxOrderByAggregateInput
    _min?: JobMinOrderByAggregateInput
    _sum?: JobSumOrderByAggregateInput
  }

  export type JobScalarWhereWithAggregatesInput = {
    AND?: JobScalarWhereWithAggregatesInput | JobScalarWhereWithAggregatesInput[]
    OR?: JobScalarWhereWithAggregatesInput[]
    NOT?: JobScalarWhereWithAggregatesInput | JobScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Job"> | string
    deploymentId?: StringWithAggregatesFilter<"Job"> | string
    kind?: StringWithAggregatesFilter<"Job"> | string
    dedupeKey?: StringNullableWithAggregatesFilter<"Job"> | string | null
    requestRev?: IntWithAggregatesFilter<"Job"> | number
    payloadJson?: StringWithAggregatesFilter<"Job"> | string
    dueAt?: DateTimeWithAggregatesFilter<"Job"> | Date | string
    attempts?: IntWithAggregatesFilter<"Job"> | number
    claimedBy?: StringNullableWithAggregatesFilter<"Job"> | string | null
    claimedUntil?: DateTimeNullableWithAggregatesFilter<"Job"> | Date | string | null
    doneAt?: DateTimeNullableWithAggregatesFilter<"Job"> | Date | string | null
    failedAt?: DateTimeNullableWithAggregatesFilter<"Job"> | Date | string | null
    lastError?: StringNullableWithAggregatesFilter<"Job"> | string | null
    createdAt?: DateTimeWithAggregatesFilter<"Job"> | Date | string
  }

  export type RoleAssignmentWhereInput = {
    AND?: RoleAssignmentWhereInput | RoleAssignmentWhereInput[]
    OR?: RoleAssignmentWhereInput[]
    NOT?: RoleAssignmentWhereInput | RoleAssignmentWhereInput[]
    id?: StringFilter<"RoleAssignment"> | string
    deploymentId?: StringFilter<"RoleAssignment"> | string
    roleKey?: StringFilter<"RoleAssignment"> | string
    userId?: StringFilter<"RoleAssignment"> | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type RoleAssignmentOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type RoleAssignmentWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    deploymentId_roleKey_userId?: RoleAssignmentDeploymentIdRoleKeyUserIdCompoundUniqueInput
    AND?: RoleAssignmentWhereInput | RoleAssignmentWhereInput[]
    OR?: RoleAssignmentWhereInput[]
    NOT?: RoleAssignmentWhereInput | RoleAssignmentWhereInput[]
    deploymentId?: StringFilter<"RoleAssignment"> | string
    roleKey?: StringFilter<"RoleAssignment"> | string
    userId?: StringFilter<"RoleAssignment"> | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id" | "deploymentId_roleKey_userId">

  export type RoleAssignmentOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    _count?: RoleAssignmentCountOrderByAggregateInput
    _max?: RoleAssignmentMaxOrderByAggregateInput
    _min?: RoleAssignmentMinOrderByAggregateInput
  }

  export type RoleAssignmentScalarWhereWithAggregatesInput = {
    AND?: RoleAssignmentScalarWhereWithAggregatesInput | RoleAssignmentScalarWhereWithAggregatesInput[]
    OR?: RoleAssignmentScalarWhereWithAggregatesInput[]
    NOT?: RoleAssignmentScalarWhereWithAggregatesInput | RoleAssignmentScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"RoleAssignment"> | string
    deploymentId?: StringWithAggregatesFilter<"RoleAssignment"> | string
    roleKey?: StringWithAggregatesFilter<"RoleAssignment"> | string
    userId?: StringWithAggregatesFilter<"RoleAssignment"> | string
  }

  export type SignOffWhereInput = {
    AND?: SignOffWhereInput | SignOffWhereInput[]
    OR?: SignOffWhereInput[]
    NOT?: SignOffWhereInput | SignOffWhereInput[]
    id?: StringFilter<"SignOff"> | string
    deploymentId?: StringFilter<"SignOff"> | string
    roleKey?: StringFilter<"SignOff"> | string
    userId?: StringFilter<"SignOff"> | string
    decision?: StringFilter<"SignOff"> | string
    reason?: StringNullableFilter<"SignOff"> | string | null
    note?: StringNullableFilter<"SignOff"> | string | null
    at?: DateTimeFilter<"SignOff"> | Date | string
    staleAt?: DateTimeNullableFilter<"SignOff"> | Date | string | null
    staleReason?: StringNullableFilter<"SignOff"> | string | null
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type SignOffOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    decision?: SortOrder
    reason?: SortOrderInput | SortOrder
    note?: SortOrderInput | SortOrder
    at?: SortOrder
    staleAt?: SortOrderInput | SortOrder
    staleReason?: SortOrderInput | SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type SignOffWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: SignOffWhereInput | SignOffWhereInput[]
    OR?: SignOffWhereInput[]
    NOT?: SignOffWhereInput | SignOffWhereInput[]
    deploymentId?: StringFilter<"SignOff"> | string
    roleKey?: StringFilter<"SignOff"> | string
    userId?: StringFilter<"SignOff"> | string
    decision?: StringFilter<"SignOff"> | string
    reason?: StringNullableFilter<"SignOff"> | string | null
    note?: StringNullableFilter<"SignOff"> | string | null
    at?: DateTimeFilter<"SignOff"> | Date | string
    staleAt?: DateTimeNullableFilter<"SignOff"> | Date | string | null
    staleReason?: StringNullableFilter<"SignOff"> | string | null
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id">

  export type SignOffOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    decision?: SortOrder
    reason?: SortOrderInput | SortOrder
    note?: SortOrderInput | SortOrder
    at?: SortOrder
    staleAt?: SortOrderInput | SortOrder
    staleReason?: SortOrderInput | SortOrder
    _count?: SignOffCountOrderByAggregateInput
    _max?: SignOffMaxOrderByAggregateInput
    _min?: SignOffMinOrderByAggregateInput
  }

  export type SignOffScalarWhereWithAggregatesInput = {
    AND?: SignOffScalarWhereWithAggregatesInput | SignOffScalarWhereWithAggregatesInput[]
    OR?: SignOffScalarWhereWithAggregatesInput[]
    NOT?: SignOffScalarWhereWithAggregatesInput | SignOffScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"SignOff"> | string
    deploymentId?: StringWithAggregatesFilter<"SignOff"> | string
    roleKey?: StringWithAggregatesFilter<"SignOff"> | string
    userId?: StringWithAggregatesFilter<"SignOff"> | string
    decision?: StringWithAggregatesFilter<"SignOff"> | string
    reason?: StringNullableWithAggregatesFilter<"SignOff"> | string | null
    note?: StringNullableWithAggregatesFilter<"SignOff"> | string | null
    at?: DateTimeWithAggregatesFilter<"SignOff"> | Date | string
    staleAt?: DateTimeNullableWithAggregatesFilter<"SignOff"> | Date | string | null
    staleReason?: StringNullableWithAggregatesFilter<"SignOff"> | string | null
  }

  export type ProbeRunWhereInput = {
    AND?: ProbeRunWhereInput | ProbeRunWhereInput[]
    OR?: ProbeRunWhereInput[]
    NOT?: ProbeRunWhereInput | ProbeRunWhereInput[]
    id?: StringFilter<"ProbeRun"> | string
    deploymentId?: StringFilter<"ProbeRun"> | string
    runId?: StringFilter<"ProbeRun"> | string
    itemKey?: StringFilter<"ProbeRun"> | string
    kind?: StringFilter<"ProbeRun"> | string
    target?: StringFilter<"ProbeRun"> | string
    outcome?: StringFilter<"ProbeRun"> | string
    conditionsJson?: StringFilter<"ProbeRun"> | string
    evidenceJson?: StringFilter<"ProbeRun"> | string
    summary?: StringFilter<"ProbeRun"> | string
    durationMs?: IntFilter<"ProbeRun"> | number
    attempts?: IntFilter<"ProbeRun"> | number
    trigger?: StringFilter<"ProbeRun"> | string
    at?: DateTimeFilter<"ProbeRun"> | Date | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type ProbeRunOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    runId?: SortOrder
    itemKey?: SortOrder
    kind?: SortOrder
    target?: SortOrder
    outcome?: SortOrder
    conditionsJson?: SortOrder
    evidenceJson?: SortOrder
    summary?: SortOrder
    durationMs?: SortOrder
    attempts?: SortOrder
    trigger?: SortOrder
    at?: SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type ProbeRunWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: ProbeRunWhereInput | ProbeRunWhereInput[]
    OR?: ProbeRunWhereInput[]
    NOT?: ProbeRunWhereInput | ProbeRunWhereInput[]
    deploymentId?: StringFilter<"ProbeRun"> | string
    runId?: StringFilter<"ProbeRun"> | string
    itemKey?: StringFilter<"ProbeRun"> | string
    kind?: StringFilter<"ProbeRun"> | string
    target?: StringFilter<"ProbeRun"> | string
    outcome?: StringFilter<"ProbeRun"> | string
    conditionsJson?: StringFilter<"ProbeRun"> | string
    evidenceJson?: StringFilter<"ProbeRun"> | string
    summary?: StringFilter<"ProbeRun"> | string
    durationMs?: IntFilter<"ProbeRun"> | number
    attempts?: IntFilter<"ProbeRun"> | number
    trigger?: StringFilter<"ProbeRun"> | string
    at?: DateTimeFilter<"ProbeRun"> | Date | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id">

  export type ProbeRunOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    runId?: SortOrder
    itemKey?: SortOrder
    kind?: SortOrder
    target?: SortOrder
    outcome?: SortOrder
    conditionsJson?: SortOrder
    evidenceJson?: SortOrder
    summary?: SortOrder
    durationMs?: SortOrder
    attempts?: SortOrder
    trigger?: SortOrder
    at?: SortOrder
    _count?: ProbeRunCountOrderByAggregateInput
    _avg?: ProbeRunAvgOrderByAggregateInput
    _max?: ProbeRunMaxOrderByAggregateInput
    _min?: ProbeRunMinOrderByAggregateInput
    _sum?: ProbeRunSumOrderByAggregateInput
  }

  export type ProbeRunScalarWhereWithAggregatesInput = {
    AND?: ProbeRunScalarWhereWithAggregatesInput | ProbeRunScalarWhereWithAggregatesInput[]
    OR?: ProbeRunScalarWhereWithAggregatesInput[]
    NOT?: ProbeRunScalarWhereWithAggregatesInput | ProbeRunScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"ProbeRun"> | string
    deploymentId?: StringWithAggregatesFilter<"ProbeRun"> | string
    runId?: StringWithAggregatesFilter<"ProbeRun"> | string
    itemKey?: StringWithAggregatesFilter<"ProbeRun"> | string
    kind?: StringWithAggregatesFilter<"ProbeRun"> | string
    target?: StringWithAggregatesFilter<"ProbeRun"> | string
    outcome?: StringWithAggregatesFilter<"ProbeRun"> | string
    conditionsJson?: StringWithAggregatesFilter<"ProbeRun"> | string
    evidenceJson?: StringWithAggregatesFilter<"ProbeRun"> | string
    summary?: StringWithAggregatesFilter<"ProbeRun"> | string
    durationMs?: IntWithAggregatesFilter<"ProbeRun"> | number
    attempts?: IntWithAggregatesFilter<"ProbeRun"> | number
    trigger?: StringWithAggregatesFilter<"ProbeRun"> | string
    at?: DateTimeWithAggregatesFilter<"ProbeRun"> | Date | string
  }

  export type VerificationWhereInput = {
    AND?: VerificationWhereInput | VerificationWhereInput[]
    OR?: VerificationWhereInput[]
    NOT?: VerificationWhereInput | VerificationWhereInput[]
    id?: StringFilter<"Verification"> | string
    deploymentId?: StringFilter<"Verification"> | string
    roleKey?: StringFilter<"Verification"> | string
    userId?: StringFilter<"Verification"> | string
    issues?: StringFilter<"Verification"> | string
    status?: StringFilter<"Verification"> | string
    note?: StringNullableFilter<"Verification"> | string | null
    at?: DateTimeFilter<"Verification"> | Date | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type VerificationOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    issues?: SortOrder
    status?: SortOrder
    note?: SortOrderInput | SortOrder
    at?: SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type VerificationWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: VerificationWhereInput | VerificationWhereInput[]
    OR?: VerificationWhereInput[]
    NOT?: VerificationWhereInput | VerificationWhereInput[]
    deploymentId?: StringFilter<"Verification"> | string
    roleKey?: StringFilter<"Verification"> | string
    userId?: StringFilter<"Verification"> | string
    issues?: StringFilter<"Verification"> | string
    status?: StringFilter<"Verification"> | string
    note?: StringNullableFilter<"Verification"> | string | null
    at?: DateTimeFilter<"Verification"> | Date | string
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id">

  export type VerificationOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    issues?: SortOrder
    status?: SortOrder
    note?: SortOrderInput | SortOrder
    at?: SortOrder
    _count?: VerificationCountOrderByAggregateInput
    _max?: VerificationMaxOrderByAggregateInput
    _min?: VerificationMinOrderByAggregateInput
  }

  export type VerificationScalarWhereWithAggregatesInput = {
    AND?: VerificationScalarWhereWithAggregatesInput | VerificationScalarWhereWithAggregatesInput[]
    OR?: VerificationScalarWhereWithAggregatesInput[]
    NOT?: VerificationScalarWhereWithAggregatesInput | VerificationScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Verification"> | string
    deploymentId?: StringWithAggregatesFilter<"Verification"> | string
    roleKey?: StringWithAggregatesFilter<"Verification"> | string
    userId?: StringWithAggregatesFilter<"Verification"> | string
    issues?: StringWithAggregatesFilter<"Verification"> | string
    status?: StringWithAggregatesFilter<"Verification"> | string
    note?: StringNullableWithAggregatesFilter<"Verification"> | string | null
    at?: DateTimeWithAggregatesFilter<"Verification"> | Date | string
  }

  export type CheckInRecordWhereInput = {
    AND?: CheckInRecordWhereInput | CheckInRecordWhereInput[]
    OR?: CheckInRecordWhereInput[]
    NOT?: CheckInRecordWhereInput | CheckInRecordWhereInput[]
    id?: StringFilter<"CheckInRecord"> | string
    deploymentId?: StringFilter<"CheckInRecord"> | string
    checkInKey?: StringFilter<"CheckInRecord"> | string
    sentAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    messageTs?: StringNullableFilter<"CheckInRecord"> | string | null
    snoozedUntil?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    escalatedAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    answeredAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    answeredBy?: StringNullableFilter<"CheckInRecord"> | string | null
    answer?: StringNullableFilter<"CheckInRecord"> | string | null
    note?: StringNullableFilter<"CheckInRecord"> | string | null
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }

  export type CheckInRecordOrderByWithRelationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    checkInKey?: SortOrder
    sentAt?: SortOrderInput | SortOrder
    messageTs?: SortOrderInput | SortOrder
    snoozedUntil?: SortOrderInput | SortOrder
    escalatedAt?: SortOrderInput | SortOrder
    answeredAt?: SortOrderInput | SortOrder
    answeredBy?: SortOrderInput | SortOrder
    answer?: SortOrderInput | SortOrder
    note?: SortOrderInput | SortOrder
    deployment?: DeploymentOrderByWithRelationInput
  }

  export type CheckInRecordWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    deploymentId_checkInKey?: CheckInRecordDeploymentIdCheckInKeyCompoundUniqueInput
    AND?: CheckInRecordWhereInput | CheckInRecordWhereInput[]
    OR?: CheckInRecordWhereInput[]
    NOT?: CheckInRecordWhereInput | CheckInRecordWhereInput[]
    deploymentId?: StringFilter<"CheckInRecord"> | string
    checkInKey?: StringFilter<"CheckInRecord"> | string
    sentAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    messageTs?: StringNullableFilter<"CheckInRecord"> | string | null
    snoozedUntil?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    escalatedAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    answeredAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    answeredBy?: StringNullableFilter<"CheckInRecord"> | string | null
    answer?: StringNullableFilter<"CheckInRecord"> | string | null
    note?: StringNullableFilter<"CheckInRecord"> | string | null
    deployment?: XOR<DeploymentScalarRelationFilter, DeploymentWhereInput>
  }, "id" | "deploymentId_checkInKey">

  export type CheckInRecordOrderByWithAggregationInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    checkInKey?: SortOrder
    sentAt?: SortOrderInput | SortOrder
    messageTs?: SortOrderInput | SortOrder
    snoozedUntil?: SortOrderInput | SortOrder
    escalatedAt?: SortOrderInput | SortOrder
    answeredAt?: SortOrderInput | SortOrder
    answeredBy?: SortOrderInput | SortOrder
    answer?: SortOrderInput | SortOrder
    note?: SortOrderInput | SortOrder
    _count?: CheckInRecordCountOrderByAggregateInput
    _max?: CheckInRecordMaxOrderByAggregateInput
    _min?: CheckInRecordMinOrderByAggregateInput
  }

  export type CheckInRecordScalarWhereWithAggregatesInput = {
    AND?: CheckInRecordScalarWhereWithAggregatesInput | CheckInRecordScalarWhereWithAggregatesInput[]
    OR?: CheckInRecordScalarWhereWithAggregatesInput[]
    NOT?: CheckInRecordScalarWhereWithAggregatesInput | CheckInRecordScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"CheckInRecord"> | string
    deploymentId?: StringWithAggregatesFilter<"CheckInRecord"> | string
    checkInKey?: StringWithAggregatesFilter<"CheckInRecord"> | string
    sentAt?: DateTimeNullableWithAggregatesFilter<"CheckInRecord"> | Date | string | null
    messageTs?: StringNullableWithAggregatesFilter<"CheckInRecord"> | string | null
    snoozedUntil?: DateTimeNullableWithAggregatesFilter<"CheckInRecord"> | Date | string | null
    escalatedAt?: DateTimeNullableWithAggregatesFilter<"CheckInRecord"> | Date | string | null
    answeredAt?: DateTimeNullableWithAggregatesFilter<"CheckInRecord"> | Date | string | null
    answeredBy?: StringNullableWithAggregatesFilter<"CheckInRecord"> | string | null
    answer?: StringNullableWithAggregatesFilter<"CheckInRecord"> | string | null
    note?: StringNullableWithAggregatesFilter<"CheckInRecord"> | string | null
  }

  export type DeploymentCreateInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateManyInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
  }

  export type DeploymentUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type DeploymentUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ItemStateCreateInput = {
    id: string
    itemKey: string
    done?: boolean
    flagged?: boolean
    byUser?: string | null
    at?: Date | string | null
    note?: string | null
    evidenceJson?: string | null
    deployment: DeploymentCreateNestedOneWithoutItemsInput
  }

  export type ItemStateUncheckedCreateInput = {
    id: string
    deploymentId: string
    itemKey: string
    done?: boolean
    flagged?: boolean
    byUser?: string | null
    at?: Date | string | null
    note?: string | null
    evidenceJson?: string | null
  }

  export type ItemStateUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    done?: BoolFieldUpdateOperationsInput | boolean
    flagged?: BoolFieldUpdateOperationsInput | boolean
    byUser?: NullableStringFieldUpdateOperationsInput | string | null
    at?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    evidenceJson?: NullableStringFieldUpdateOperationsInput | string | null
    deployment?: DeploymentUpdateOneRequiredWithoutItemsNestedInput
  }

  export type ItemStateUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    done?: BoolFieldUpdateOperationsInput | boolean
    flagged?: BoolFieldUpdateOperationsInput | boolean
    byUser?: NullableStringFieldUpdateOperationsInput | string | null
    at?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    evidenceJson?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type ItemStateCreateManyInput = {
    id: string
    deploymentId: string
    itemKey: string
    done?: boolean
    flagged?: boolean
    byUser?: string | null
    at?: Date | string | null
    note?: string | null
    evidenceJson?: string | null
  }

  export type ItemStateUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    done?: BoolFieldUpdateOperationsInput | boolean
    flagged?: BoolFieldUpdateOperationsInput | boolean
    byUser?: NullableStringFieldUpdateOperationsInput | string | null
    at?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    evidenceJson?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type ItemStateUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    done?: BoolFieldUpdateOperationsInput | boolean
    flagged?: BoolFieldUpdateOperationsInput | boolean
    byUser?: NullableStringFieldUpdateOperationsInput | string | null
    at?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    evidenceJson?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type AuditEventCreateInput = {
    actor: string
    action: string
    itemKey?: string | null
    dataJson?: string
    at: Date | string
    deployment: DeploymentCreateNestedOneWithoutAuditInput
  }

  export type AuditEventUncheckedCreateInput = {
    id?: number
    deploymentId: string
    actor: string
    action: string
    itemKey?: string | null
    dataJson?: string
    at: Date | string
  }

  export type AuditEventUpdateInput = {
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    itemKey?: NullableStringFieldUpdateOperationsInput | string | null
    dataJson?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    deployment?: DeploymentUpdateOneRequiredWithoutAuditNestedInput
  }

  export type AuditEventUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    deploymentId?: StringFieldUpdateOperationsInput | string
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    itemKey?: NullableStringFieldUpdateOperationsInput | string | null
    dataJson?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AuditEventCreateManyInput = {
    id?: number
    deploymentId: string
    actor: string
    action: string
    itemKey?: string | null
    dataJson?: string
    at: Date | string
  }

  export type AuditEventUpdateManyMutationInput = {
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    itemKey?: NullableStringFieldUpdateOperationsInput | string | null
    dataJson?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AuditEventUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    deploymentId?: StringFieldUpdateOperationsInput | string
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    itemKey?: NullableStringFieldUpdateOperationsInput | string | null
    dataJson?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SlackMessageCreateInput = {
    id: string
    part: string
    channelId: string
    ts?: string | null
    position?: number
    renderHash?: string | null
    deployment: DeploymentCreateNestedOneWithoutMessagesInput
  }

  export type SlackMessageUncheckedCreateInput = {
    id: string
    deploymentId: string
    part: string
    channelId: string
    ts?: string | null
    position?: number
    renderHash?: string | null
  }

  export type SlackMessageUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    part?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    ts?: NullableStringFieldUpdateOperationsInput | string | null
    position?: IntFieldUpdateOperationsInput | number
    renderHash?: NullableStringFieldUpdateOperationsInput | string | null
    deployment?: DeploymentUpdateOneRequiredWithoutMessagesNestedInput
  }

  export type SlackMessageUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    part?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    ts?: NullableStringFieldUpdateOperationsInput | string | null
    position?: IntFieldUpdateOperationsInput | number
    renderHash?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type SlackMessageCreateManyInput = {
    id: string
    deploymentId: string
    part: string
    channelId: string
    ts?: string | null
    position?: number
    renderHash?: string | null
  }

  export type SlackMessageUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    part?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    ts?: NullableStringFieldUpdateOperationsInput | string | null
    position?: IntFieldUpdateOperationsInput | number
    renderHash?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type SlackMessageUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    part?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    ts?: NullableStringFieldUpdateOperationsInput | string | null
    position?: IntFieldUpdateOperationsInput | number
    renderHash?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type JobCreateInput = {
    id: string
    kind: string
    dedupeKey?: string | null
    requestRev?: number
    payloadJson?: string
    dueAt: Date | string
    attempts?: number
    claimedBy?: string | null
    claimedUntil?: Date | string | null
    doneAt?: Date | string | null
    failedAt?: Date | string | null
    lastError?: string | null
    createdAt: Date | string
    deployment: DeploymentCreateNestedOneWithoutJobsInput
  }

  export type JobUncheckedCreateInput = {
    id: string
    deploymentId: string
    kind: string
    dedupeKey?: string | null
    requestRev?: number
    payloadJson?: string
    dueAt: Date | string
    attempts?: number
    claimedBy?: string | null
    claimedUntil?: Date | string | null
    doneAt?: Date | string | null
    failedAt?: Date | string | null
    lastError?: string | null
    createdAt: Date | string
  }

  export type JobUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    dedupeKey?: NullableStringFieldUpdateOperationsInput | string | null
    requestRev?: IntFieldUpdateOperationsInput | number
    payloadJson?: StringFieldUpdateOperationsInput | string
    dueAt?: DateTimeFieldUpdateOperationsInput | Date | string
    attempts?: IntFieldUpdateOperationsInput | number
    claimedBy?: NullableStringFieldUpdateOperationsInput | string | null
    claimedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    doneAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    failedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastError?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    deployment?: DeploymentUpdateOneRequiredWithoutJobsNestedInput
  }

  export type JobUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    dedupeKey?: NullableStringFieldUpdateOperationsInput | string | null
    requestRev?: IntFieldUpdateOperationsInput | number
    payloadJson?: StringFieldUpdateOperationsInput | string
    dueAt?: DateTimeFieldUpdateOperationsInput | Date | string
    attempts?: IntFieldUpdateOperationsInput | number
    claimedBy?: NullableStringFieldUpdateOperationsInput | string | null
    claimedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    doneAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    failedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastError?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type JobCreateManyInput = {
    id: string
    deploymentId: string
    kind: string
    dedupeKey?: string | null
    requestRev?: number
    payloadJson?: string
    dueAt: Date | string
    attempts?: number
    claimedBy?: string | null
    claimedUntil?: Date | string | null
    doneAt?: Date | string | null
    failedAt?: Date | string | null
    lastError?: string | null
    createdAt: Date | string
  }

  export type JobUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    dedupeKey?: NullableStringFieldUpdateOperationsInput | string | null
    requestRev?: IntFieldUpdateOperationsInput | number
    payloadJson?: StringFieldUpdateOperationsInput | string
    dueAt?: DateTimeFieldUpdateOperationsInput | Date | string
    attempts?: IntFieldUpdateOperationsInput | number
    claimedBy?: NullableStringFieldUpdateOperationsInput | string | null
    claimedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    doneAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    failedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastError?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type JobUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    dedupeKey?: NullableStringFieldUpdateOperationsInput | string | null
    requestRev?: IntFieldUpdateOperationsInput | number
    payloadJson?: StringFieldUpdateOperationsInput | string
    dueAt?: DateTimeFieldUpdateOperationsInput | Date | string
    attempts?: IntFieldUpdateOperationsInput | number
    claimedBy?: NullableStringFieldUpdateOperationsInput | string | null
    claimedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    doneAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    failedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastError?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RoleAssignmentCreateInput = {
    id: string
    roleKey: string
    userId: string
    deployment: DeploymentCreateNestedOneWithoutRolesInput
  }

  export type RoleAssignmentUncheckedCreateInput = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
  }

  export type RoleAssignmentUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    deployment?: DeploymentUpdateOneRequiredWithoutRolesNestedInput
  }

  export type RoleAssignmentUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
  }

  export type RoleAssignmentCreateManyInput = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
  }

  export type RoleAssignmentUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
  }

  export type RoleAssignmentUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
  }

  export type SignOffCreateInput = {
    id: string
    roleKey: string
    userId: string
    decision: string
    reason?: string | null
    note?: string | null
    at: Date | string
    staleAt?: Date | string | null
    staleReason?: string | null
    deployment: DeploymentCreateNestedOneWithoutSignOffsInput
  }

  export type SignOffUncheckedCreateInput = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
    decision: string
    reason?: string | null
    note?: string | null
    at: Date | string
    staleAt?: Date | string | null
    staleReason?: string | null
  }

  export type SignOffUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    decision?: StringFieldUpdateOperationsInput | string
    reason?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    staleAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    staleReason?: NullableStringFieldUpdateOperationsInput | string | null
    deployment?: DeploymentUpdateOneRequiredWithoutSignOffsNestedInput
  }

  export type SignOffUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    decision?: StringFieldUpdateOperationsInput | string
    reason?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    staleAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    staleReason?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type SignOffCreateManyInput = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
    decision: string
    reason?: string | null
    note?: string | null
    at: Date | string
    staleAt?: Date | string | null
    staleReason?: string | null
  }

  export type SignOffUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    decision?: StringFieldUpdateOperationsInput | string
    reason?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    staleAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    staleReason?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type SignOffUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    decision?: StringFieldUpdateOperationsInput | string
    reason?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    staleAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    staleReason?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type ProbeRunCreateInput = {
    id: string
    runId: string
    itemKey: string
    kind: string
    target: string
    outcome: string
    conditionsJson: string
    evidenceJson: string
    summary: string
    durationMs: number
    attempts: number
    trigger: string
    at: Date | string
    deployment: DeploymentCreateNestedOneWithoutProbeRunsInput
  }

  export type ProbeRunUncheckedCreateInput = {
    id: string
    deploymentId: string
    runId: string
    itemKey: string
    kind: string
    target: string
    outcome: string
    conditionsJson: string
    evidenceJson: string
    summary: string
    durationMs: number
    attempts: number
    trigger: string
    at: Date | string
  }

  export type ProbeRunUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    runId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    target?: StringFieldUpdateOperationsInput | string
    outcome?: StringFieldUpdateOperationsInput | string
    conditionsJson?: StringFieldUpdateOperationsInput | string
    evidenceJson?: StringFieldUpdateOperationsInput | string
    summary?: StringFieldUpdateOperationsInput | string
    durationMs?: IntFieldUpdateOperationsInput | number
    attempts?: IntFieldUpdateOperationsInput | number
    trigger?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    deployment?: DeploymentUpdateOneRequiredWithoutProbeRunsNestedInput
  }

  export type ProbeRunUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    runId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    target?: StringFieldUpdateOperationsInput | string
    outcome?: StringFieldUpdateOperationsInput | string
    conditionsJson?: StringFieldUpdateOperationsInput | string
    evidenceJson?: StringFieldUpdateOperationsInput | string
    summary?: StringFieldUpdateOperationsInput | string
    durationMs?: IntFieldUpdateOperationsInput | number
    attempts?: IntFieldUpdateOperationsInput | number
    trigger?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ProbeRunCreateManyInput = {
    id: string
    deploymentId: string
    runId: string
    itemKey: string
    kind: string
    target: string
    outcome: string
    conditionsJson: string
    evidenceJson: string
    summary: string
    durationMs: number
    attempts: number
    trigger: string
    at: Date | string
  }

  export type ProbeRunUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    runId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    target?: StringFieldUpdateOperationsInput | string
    outcome?: StringFieldUpdateOperationsInput | string
    conditionsJson?: StringFieldUpdateOperationsInput | string
    evidenceJson?: StringFieldUpdateOperationsInput | string
    summary?: StringFieldUpdateOperationsInput | string
    durationMs?: IntFieldUpdateOperationsInput | number
    attempts?: IntFieldUpdateOperationsInput | number
    trigger?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ProbeRunUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    runId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    target?: StringFieldUpdateOperationsInput | string
    outcome?: StringFieldUpdateOperationsInput | string
    conditionsJson?: StringFieldUpdateOperationsInput | string
    evidenceJson?: StringFieldUpdateOperationsInput | string
    summary?: StringFieldUpdateOperationsInput | string
    durationMs?: IntFieldUpdateOperationsInput | number
    attempts?: IntFieldUpdateOperationsInput | number
    trigger?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type VerificationCreateInput = {
    id: string
    roleKey: string
    userId: string
    issues: string
    status: string
    note?: string | null
    at: Date | string
    deployment: DeploymentCreateNestedOneWithoutVerificationsInput
  }

  export type VerificationUncheckedCreateInput = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
    issues: string
    status: string
    note?: string | null
    at: Date | string
  }

  export type VerificationUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    issues?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    deployment?: DeploymentUpdateOneRequiredWithoutVerificationsNestedInput
  }

  export type VerificationUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    issues?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type VerificationCreateManyInput = {
    id: string
    deploymentId: string
    roleKey: string
    userId: string
    issues: string
    status: string
    note?: string | null
    at: Date | string
  }

  export type VerificationUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    issues?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type VerificationUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    issues?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type CheckInRecordCreateInput = {
    id: string
    checkInKey: string
    sentAt?: Date | string | null
    messageTs?: string | null
    snoozedUntil?: Date | string | null
    escalatedAt?: Date | string | null
    answeredAt?: Date | string | null
    answeredBy?: string | null
    answer?: string | null
    note?: string | null
    deployment: DeploymentCreateNestedOneWithoutCheckInsInput
  }

  export type CheckInRecordUncheckedCreateInput = {
    id: string
    deploymentId: string
    checkInKey: string
    sentAt?: Date | string | null
    messageTs?: string | null
    snoozedUntil?: Date | string | null
    escalatedAt?: Date | string | null
    answeredAt?: Date | string | null
    answeredBy?: string | null
    answer?: string | null
    note?: string | null
  }

  export type CheckInRecordUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    checkInKey?: StringFieldUpdateOperationsInput | string
    sentAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    messageTs?: NullableStringFieldUpdateOperationsInput | string | null
    snoozedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    escalatedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredBy?: NullableStringFieldUpdateOperationsInput | string | null
    answer?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    deployment?: DeploymentUpdateOneRequiredWithoutCheckInsNestedInput
  }

  export type CheckInRecordUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    checkInKey?: StringFieldUpdateOperationsInput | string
    sentAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    messageTs?: NullableStringFieldUpdateOperationsInput | string | null
    snoozedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    escalatedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredBy?: NullableStringFieldUpdateOperationsInput | string | null
    answer?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type CheckInRecordCreateManyInput = {
    id: string
    deploymentId: string
    checkInKey: string
    sentAt?: Date | string | null
    messageTs?: string | null
    snoozedUntil?: Date | string | null
    escalatedAt?: Date | string | null
    answeredAt?: Date | string | null
    answeredBy?: string | null
    answer?: string | null
    note?: string | null
  }

  export type CheckInRecordUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    checkInKey?: StringFieldUpdateOperationsInput | string
    sentAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    messageTs?: NullableStringFieldUpdateOperationsInput | string | null
    snoozedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    escalatedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredBy?: NullableStringFieldUpdateOperationsInput | string | null
    answer?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type CheckInRecordUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    deploymentId?: StringFieldUpdateOperationsInput | string
    checkInKey?: StringFieldUpdateOperationsInput | string
    sentAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    messageTs?: NullableStringFieldUpdateOperationsInput | string | null
    snoozedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    escalatedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredBy?: NullableStringFieldUpdateOperationsInput | string | null
    answer?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type StringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type StringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type IntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type DateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type DateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type ItemStateListRelationFilter = {
    every?: ItemStateWhereInput
    some?: ItemStateWhereInput
    none?: ItemStateWhereInput
  }

  export type AuditEventListRelationFilter = {
    every?: AuditEventWhereInput
    some?: AuditEventWhereInput
    none?: AuditEventWhereInput
  }

  export type SlackMessageListRelationFilter = {
    every?: SlackMessageWhereInput
    some?: SlackMessageWhereInput
    none?: SlackMessageWhereInput
  }

  export type JobListRelationFilter = {
    every?: JobWhereInput
    some?: JobWhereInput
    none?: JobWhereInput
  }

  export type RoleAssignmentListRelationFilter = {
    every?: RoleAssignmentWhereInput
    some?: RoleAssignmentWhereInput
    none?: RoleAssignmentWhereInput
  }

  export type SignOffListRelationFilter = {
    every?: SignOffWhereInput
    some?: SignOffWhereInput
    none?: SignOffWhereInput
  }

  export type ProbeRunListRelationFilter = {
    every?: ProbeRunWhereInput
    some?: ProbeRunWhereInput
    none?: ProbeRunWhereInput
  }

  export type VerificationListRelationFilter = {
    every?: VerificationWhereInput
    some?: VerificationWhereInput
    none?: VerificationWhereInput
  }

  export type CheckInRecordListRelationFilter = {
    every?: CheckInRecordWhereInput
    some?: CheckInRecordWhereInput
    none?: CheckInRecordWhereInput
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type ItemStateOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type AuditEventOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type SlackMessageOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type JobOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type RoleAssignmentOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type SignOffOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type ProbeRunOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type VerificationOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type CheckInRecordOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type DeploymentCountOrderByAggregateInput = {
    id?: SortOrder
    teamId?: SortOrder
    channelId?: SortOrder
    service?: SortOrder
    version?: SortOrder
    environment?: SortOrder
    ownerId?: SortOrder
    status?: SortOrder
    templateName?: SortOrder
    templateHash?: SortOrder
    templateJson?: SortOrder
    endpointsJson?: SortOrder
    threadTs?: SortOrder
    openKey?: SortOrder
    revision?: SortOrder
    goLiveAt?: SortOrder
    goLiveBy?: SortOrder
    goLiveOverride?: SortOrder
    rollbackReason?: SortOrder
    checkInsStoppedAt?: SortOrder
    checkInsStopReason?: SortOrder
    closedAt?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type DeploymentAvgOrderByAggregateInput = {
    revision?: SortOrder
  }

  export type DeploymentMaxOrderByAggregateInput = {
    id?: SortOrder
    teamId?: SortOrder
    channelId?: SortOrder
    service?: SortOrder
    version?: SortOrder
    environment?: SortOrder
    ownerId?: SortOrder
    status?: SortOrder
    templateName?: SortOrder
    templateHash?: SortOrder
    templateJson?: SortOrder
    endpointsJson?: SortOrder
    threadTs?: SortOrder
    openKey?: SortOrder
    revision?: SortOrder
    goLiveAt?: SortOrder
    goLiveBy?: SortOrder
    goLiveOverride?: SortOrder
    rollbackReason?: SortOrder
    checkInsStoppedAt?: SortOrder
    checkInsStopReason?: SortOrder
    closedAt?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type DeploymentMinOrderByAggregateInput = {
    id?: SortOrder
    teamId?: SortOrder
    channelId?: SortOrder
    service?: SortOrder
    version?: SortOrder
    environment?: SortOrder
    ownerId?: SortOrder
    status?: SortOrder
    templateName?: SortOrder
    templateHash?: SortOrder
    templateJson?: SortOrder
    endpointsJson?: SortOrder
    threadTs?: SortOrder
    openKey?: SortOrder
    revision?: SortOrder
    goLiveAt?: SortOrder
    goLiveBy?: SortOrder
    goLiveOverride?: SortOrder
    rollbackReason?: SortOrder
    checkInsStoppedAt?: SortOrder
    checkInsStopReason?: SortOrder
    closedAt?: SortOrder
    createdAt?: SortOrder
    updatedAt?: SortOrder
  }

  export type DeploymentSumOrderByAggregateInput = {
    revision?: SortOrder
  }

  export type StringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type StringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    mode?: QueryMode
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type IntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type DateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type DateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type BoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
  }

  export type DeploymentScalarRelationFilter = {
    is?: DeploymentWhereInput
    isNot?: DeploymentWhereInput
  }

  export type ItemStateDeploymentIdItemKeyCompoundUniqueInput = {
    deploymentId: string
    itemKey: string
  }

  export type ItemStateCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    itemKey?: SortOrder
    done?: SortOrder
    flagged?: SortOrder
    byUser?: SortOrder
    at?: SortOrder
    note?: SortOrder
    evidenceJson?: SortOrder
  }

  export type ItemStateMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    itemKey?: SortOrder
    done?: SortOrder
    flagged?: SortOrder
    byUser?: SortOrder
    at?: SortOrder
    note?: SortOrder
    evidenceJson?: SortOrder
  }

  export type ItemStateMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    itemKey?: SortOrder
    done?: SortOrder
    flagged?: SortOrder
    byUser?: SortOrder
    at?: SortOrder
    note?: SortOrder
    evidenceJson?: SortOrder
  }

  export type BoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
  }

  export type AuditEventCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    itemKey?: SortOrder
    dataJson?: SortOrder
    at?: SortOrder
  }

  export type AuditEventAvgOrderByAggregateInput = {
    id?: SortOrder
  }

  export type AuditEventMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    itemKey?: SortOrder
    dataJson?: SortOrder
    at?: SortOrder
  }

  export type AuditEventMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    actor?: SortOrder
    action?: SortOrder
    itemKey?: SortOrder
    dataJson?: SortOrder
    at?: SortOrder
  }

  export type AuditEventSumOrderByAggregateInput = {
    id?: SortOrder
  }

  export type SlackMessageDeploymentIdPartCompoundUniqueInput = {
    deploymentId: string
    part: string
  }

  export type SlackMessageCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    part?: SortOrder
    channelId?: SortOrder
    ts?: SortOrder
    position?: SortOrder
    renderHash?: SortOrder
  }

  export type SlackMessageAvgOrderByAggregateInput = {
    position?: SortOrder
  }

  export type SlackMessageMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    part?: SortOrder
    channelId?: SortOrder
    ts?: SortOrder
    position?: SortOrder
    renderHash?: SortOrder
  }

  export type SlackMessageMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    part?: SortOrder
    channelId?: SortOrder
    ts?: SortOrder
    position?: SortOrder
    renderHash?: SortOrder
  }

  export type SlackMessageSumOrderByAggregateInput = {
    position?: SortOrder
  }

  export type JobCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    kind?: SortOrder
    dedupeKey?: SortOrder
    requestRev?: SortOrder
    payloadJson?: SortOrder
    dueAt?: SortOrder
    attempts?: SortOrder
    claimedBy?: SortOrder
    claimedUntil?: SortOrder
    doneAt?: SortOrder
    failedAt?: SortOrder
    lastError?: SortOrder
    createdAt?: SortOrder
  }

  export type JobAvgOrderByAggregateInput = {
    requestRev?: SortOrder
    attempts?: SortOrder
  }

  export type JobMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    kind?: SortOrder
    dedupeKey?: SortOrder
    requestRev?: SortOrder
    payloadJson?: SortOrder
    dueAt?: SortOrder
    attempts?: SortOrder
    claimedBy?: SortOrder
    claimedUntil?: SortOrder
    doneAt?: SortOrder
    failedAt?: SortOrder
    lastError?: SortOrder
    createdAt?: SortOrder
  }

  export type JobMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    kind?: SortOrder
    dedupeKey?: SortOrder
    requestRev?: SortOrder
    payloadJson?: SortOrder
    dueAt?: SortOrder
    attempts?: SortOrder
    claimedBy?: SortOrder
    claimedUntil?: SortOrder
    doneAt?: SortOrder
    failedAt?: SortOrder
    lastError?: SortOrder
    createdAt?: SortOrder
  }

  export type JobSumOrderByAggregateInput = {
    requestRev?: SortOrder
    attempts?: SortOrder
  }

  export type RoleAssignmentDeploymentIdRoleKeyUserIdCompoundUniqueInput = {
    deploymentId: string
    roleKey: string
    userId: string
  }

  export type RoleAssignmentCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
  }

  export type RoleAssignmentMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
  }

  export type RoleAssignmentMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
  }

  export type SignOffCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    decision?: SortOrder
    reason?: SortOrder
    note?: SortOrder
    at?: SortOrder
    staleAt?: SortOrder
    staleReason?: SortOrder
  }

  export type SignOffMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    decision?: SortOrder
    reason?: SortOrder
    note?: SortOrder
    at?: SortOrder
    staleAt?: SortOrder
    staleReason?: SortOrder
  }

  export type SignOffMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    decision?: SortOrder
    reason?: SortOrder
    note?: SortOrder
    at?: SortOrder
    staleAt?: SortOrder
    staleReason?: SortOrder
  }

  export type ProbeRunCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    runId?: SortOrder
    itemKey?: SortOrder
    kind?: SortOrder
    target?: SortOrder
    outcome?: SortOrder
    conditionsJson?: SortOrder
    evidenceJson?: SortOrder
    summary?: SortOrder
    durationMs?: SortOrder
    attempts?: SortOrder
    trigger?: SortOrder
    at?: SortOrder
  }

  export type ProbeRunAvgOrderByAggregateInput = {
    durationMs?: SortOrder
    attempts?: SortOrder
  }

  export type ProbeRunMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    runId?: SortOrder
    itemKey?: SortOrder
    kind?: SortOrder
    target?: SortOrder
    outcome?: SortOrder
    conditionsJson?: SortOrder
    evidenceJson?: SortOrder
    summary?: SortOrder
    durationMs?: SortOrder
    attempts?: SortOrder
    trigger?: SortOrder
    at?: SortOrder
  }

  export type ProbeRunMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    runId?: SortOrder
    itemKey?: SortOrder
    kind?: SortOrder
    target?: SortOrder
    outcome?: SortOrder
    conditionsJson?: SortOrder
    evidenceJson?: SortOrder
    summary?: SortOrder
    durationMs?: SortOrder
    attempts?: SortOrder
    trigger?: SortOrder
    at?: SortOrder
  }

  export type ProbeRunSumOrderByAggregateInput = {
    durationMs?: SortOrder
    attempts?: SortOrder
  }

  export type VerificationCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    issues?: SortOrder
    status?: SortOrder
    note?: SortOrder
    at?: SortOrder
  }

  export type VerificationMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    issues?: SortOrder
    status?: SortOrder
    note?: SortOrder
    at?: SortOrder
  }

  export type VerificationMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    roleKey?: SortOrder
    userId?: SortOrder
    issues?: SortOrder
    status?: SortOrder
    note?: SortOrder
    at?: SortOrder
  }

  export type CheckInRecordDeploymentIdCheckInKeyCompoundUniqueInput = {
    deploymentId: string
    checkInKey: string
  }

  export type CheckInRecordCountOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    checkInKey?: SortOrder
    sentAt?: SortOrder
    messageTs?: SortOrder
    snoozedUntil?: SortOrder
    escalatedAt?: SortOrder
    answeredAt?: SortOrder
    answeredBy?: SortOrder
    answer?: SortOrder
    note?: SortOrder
  }

  export type CheckInRecordMaxOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    checkInKey?: SortOrder
    sentAt?: SortOrder
    messageTs?: SortOrder
    snoozedUntil?: SortOrder
    escalatedAt?: SortOrder
    answeredAt?: SortOrder
    answeredBy?: SortOrder
    answer?: SortOrder
    note?: SortOrder
  }

  export type CheckInRecordMinOrderByAggregateInput = {
    id?: SortOrder
    deploymentId?: SortOrder
    checkInKey?: SortOrder
    sentAt?: SortOrder
    messageTs?: SortOrder
    snoozedUntil?: SortOrder
    escalatedAt?: SortOrder
    answeredAt?: SortOrder
    answeredBy?: SortOrder
    answer?: SortOrder
    note?: SortOrder
  }

  export type ItemStateCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<ItemStateCreateWithoutDeploymentInput, ItemStateUncheckedCreateWithoutDeploymentInput> | ItemStateCreateWithoutDeploymentInput[] | ItemStateUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: ItemStateCreateOrConnectWithoutDeploymentInput | ItemStateCreateOrConnectWithoutDeploymentInput[]
    createMany?: ItemStateCreateManyDeploymentInputEnvelope
    connect?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
  }

  export type AuditEventCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<AuditEventCreateWithoutDeploymentInput, AuditEventUncheckedCreateWithoutDeploymentInput> | AuditEventCreateWithoutDeploymentInput[] | AuditEventUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: AuditEventCreateOrConnectWithoutDeploymentInput | AuditEventCreateOrConnectWithoutDeploymentInput[]
    createMany?: AuditEventCreateManyDeploymentInputEnvelope
    connect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
  }

  export type SlackMessageCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<SlackMessageCreateWithoutDeploymentInput, SlackMessageUncheckedCreateWithoutDeploymentInput> | SlackMessageCreateWithoutDeploymentInput[] | SlackMessageUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: SlackMessageCreateOrConnectWithoutDeploymentInput | SlackMessageCreateOrConnectWithoutDeploymentInput[]
    createMany?: SlackMessageCreateManyDeploymentInputEnvelope
    connect?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
  }

  export type JobCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<JobCreateWithoutDeploymentInput, JobUncheckedCreateWithoutDeploymentInput> | JobCreateWithoutDeploymentInput[] | JobUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: JobCreateOrConnectWithoutDeploymentInput | JobCreateOrConnectWithoutDeploymentInput[]
    createMany?: JobCreateManyDeploymentInputEnvelope
    connect?: JobWhereUniqueInput | JobWhereUniqueInput[]
  }

  export type RoleAssignmentCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<RoleAssignmentCreateWithoutDeploymentInput, RoleAssignmentUncheckedCreateWithoutDeploymentInput> | RoleAssignmentCreateWithoutDeploymentInput[] | RoleAssignmentUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: RoleAssignmentCreateOrConnectWithoutDeploymentInput | RoleAssignmentCreateOrConnectWithoutDeploymentInput[]
    createMany?: RoleAssignmentCreateManyDeploymentInputEnvelope
    connect?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
  }

  export type SignOffCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<SignOffCreateWithoutDeploymentInput, SignOffUncheckedCreateWithoutDeploymentInput> | SignOffCreateWithoutDeploymentInput[] | SignOffUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: SignOffCreateOrConnectWithoutDeploymentInput | SignOffCreateOrConnectWithoutDeploymentInput[]
    createMany?: SignOffCreateManyDeploymentInputEnvelope
    connect?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
  }

  export type ProbeRunCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<ProbeRunCreateWithoutDeploymentInput, ProbeRunUncheckedCreateWithoutDeploymentInput> | ProbeRunCreateWithoutDeploymentInput[] | ProbeRunUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: ProbeRunCreateOrConnectWithoutDeploymentInput | ProbeRunCreateOrConnectWithoutDeploymentInput[]
    createMany?: ProbeRunCreateManyDeploymentInputEnvelope
    connect?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
  }

  export type VerificationCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<VerificationCreateWithoutDeploymentInput, VerificationUncheckedCreateWithoutDeploymentInput> | VerificationCreateWithoutDeploymentInput[] | VerificationUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: VerificationCreateOrConnectWithoutDeploymentInput | VerificationCreateOrConnectWithoutDeploymentInput[]
    createMany?: VerificationCreateManyDeploymentInputEnvelope
    connect?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
  }

  export type CheckInRecordCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<CheckInRecordCreateWithoutDeploymentInput, CheckInRecordUncheckedCreateWithoutDeploymentInput> | CheckInRecordCreateWithoutDeploymentInput[] | CheckInRecordUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: CheckInRecordCreateOrConnectWithoutDeploymentInput | CheckInRecordCreateOrConnectWithoutDeploymentInput[]
    createMany?: CheckInRecordCreateManyDeploymentInputEnvelope
    connect?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
  }

  export type ItemStateUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<ItemStateCreateWithoutDeploymentInput, ItemStateUncheckedCreateWithoutDeploymentInput> | ItemStateCreateWithoutDeploymentInput[] | ItemStateUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: ItemStateCreateOrConnectWithoutDeploymentInput | ItemStateCreateOrConnectWithoutDeploymentInput[]
    createMany?: ItemStateCreateManyDeploymentInputEnvelope
    connect?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
  }

  export type AuditEventUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<AuditEventCreateWithoutDeploymentInput, AuditEventUncheckedCreateWithoutDeploymentInput> | AuditEventCreateWithoutDeploymentInput[] | AuditEventUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: AuditEventCreateOrConnectWithoutDeploymentInput | AuditEventCreateOrConnectWithoutDeploymentInput[]
    createMany?: AuditEventCreateManyDeploymentInputEnvelope
    connect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
  }

  export type SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<SlackMessageCreateWithoutDeploymentInput, SlackMessageUncheckedCreateWithoutDeploymentInput> | SlackMessageCreateWithoutDeploymentInput[] | SlackMessageUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: SlackMessageCreateOrConnectWithoutDeploymentInput | SlackMessageCreateOrConnectWithoutDeploymentInput[]
    createMany?: SlackMessageCreateManyDeploymentInputEnvelope
    connect?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
  }

  export type JobUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<JobCreateWithoutDeploymentInput, JobUncheckedCreateWithoutDeploymentInput> | JobCreateWithoutDeploymentInput[] | JobUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: JobCreateOrConnectWithoutDeploymentInput | JobCreateOrConnectWithoutDeploymentInput[]
    createMany?: JobCreateManyDeploymentInputEnvelope
    connect?: JobWhereUniqueInput | JobWhereUniqueInput[]
  }

  export type RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<RoleAssignmentCreateWithoutDeploymentInput, RoleAssignmentUncheckedCreateWithoutDeploymentInput> | RoleAssignmentCreateWithoutDeploymentInput[] | RoleAssignmentUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: RoleAssignmentCreateOrConnectWithoutDeploymentInput | RoleAssignmentCreateOrConnectWithoutDeploymentInput[]
    createMany?: RoleAssignmentCreateManyDeploymentInputEnvelope
    connect?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
  }

  export type SignOffUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<SignOffCreateWithoutDeploymentInput, SignOffUncheckedCreateWithoutDeploymentInput> | SignOffCreateWithoutDeploymentInput[] | SignOffUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: SignOffCreateOrConnectWithoutDeploymentInput | SignOffCreateOrConnectWithoutDeploymentInput[]
    createMany?: SignOffCreateManyDeploymentInputEnvelope
    connect?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
  }

  export type ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<ProbeRunCreateWithoutDeploymentInput, ProbeRunUncheckedCreateWithoutDeploymentInput> | ProbeRunCreateWithoutDeploymentInput[] | ProbeRunUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: ProbeRunCreateOrConnectWithoutDeploymentInput | ProbeRunCreateOrConnectWithoutDeploymentInput[]
    createMany?: ProbeRunCreateManyDeploymentInputEnvelope
    connect?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
  }

  export type VerificationUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<VerificationCreateWithoutDeploymentInput, VerificationUncheckedCreateWithoutDeploymentInput> | VerificationCreateWithoutDeploymentInput[] | VerificationUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: VerificationCreateOrConnectWithoutDeploymentInput | VerificationCreateOrConnectWithoutDeploymentInput[]
    createMany?: VerificationCreateManyDeploymentInputEnvelope
    connect?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
  }

  export type CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput = {
    create?: XOR<CheckInRecordCreateWithoutDeploymentInput, CheckInRecordUncheckedCreateWithoutDeploymentInput> | CheckInRecordCreateWithoutDeploymentInput[] | CheckInRecordUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: CheckInRecordCreateOrConnectWithoutDeploymentInput | CheckInRecordCreateOrConnectWithoutDeploymentInput[]
    createMany?: CheckInRecordCreateManyDeploymentInputEnvelope
    connect?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type NullableStringFieldUpdateOperationsInput = {
    set?: string | null
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type NullableDateTimeFieldUpdateOperationsInput = {
    set?: Date | string | null
  }

  export type DateTimeFieldUpdateOperationsInput = {
    set?: Date | string
  }

  export type ItemStateUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<ItemStateCreateWithoutDeploymentInput, ItemStateUncheckedCreateWithoutDeploymentInput> | ItemStateCreateWithoutDeploymentInput[] | ItemStateUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: ItemStateCreateOrConnectWithoutDeploymentInput | ItemStateCreateOrConnectWithoutDeploymentInput[]
    upsert?: ItemStateUpsertWithWhereUniqueWithoutDeploymentInput | ItemStateUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: ItemStateCreateManyDeploymentInputEnvelope
    set?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
    disconnect?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
    delete?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
    connect?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
    update?: ItemStateUpdateWithWhereUniqueWithoutDeploymentInput | ItemStateUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: ItemStateUpdateManyWithWhereWithoutDeploymentInput | ItemStateUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: ItemStateScalarWhereInput | ItemStateScalarWhereInput[]
  }

  export type AuditEventUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<AuditEventCreateWithoutDeploymentInput, AuditEventUncheckedCreateWithoutDeploymentInput> | AuditEventCreateWithoutDeploymentInput[] | AuditEventUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: AuditEventCreateOrConnectWithoutDeploymentInput | AuditEventCreateOrConnectWithoutDeploymentInput[]
    upsert?: AuditEventUpsertWithWhereUniqueWithoutDeploymentInput | AuditEventUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: AuditEventCreateManyDeploymentInputEnvelope
    set?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    disconnect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    delete?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    connect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    update?: AuditEventUpdateWithWhereUniqueWithoutDeploymentInput | AuditEventUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: AuditEventUpdateManyWithWhereWithoutDeploymentInput | AuditEventUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: AuditEventScalarWhereInput | AuditEventScalarWhereInput[]
  }

  export type SlackMessageUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<SlackMessageCreateWithoutDeploymentInput, SlackMessageUncheckedCreateWithoutDeploymentInput> | SlackMessageCreateWithoutDeploymentInput[] | SlackMessageUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: SlackMessageCreateOrConnectWithoutDeploymentInput | SlackMessageCreateOrConnectWithoutDeploymentInput[]
    upsert?: SlackMessageUpsertWithWhereUniqueWithoutDeploymentInput | SlackMessageUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: SlackMessageCreateManyDeploymentInputEnvelope
    set?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
    disconnect?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
    delete?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
    connect?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
    update?: SlackMessageUpdateWithWhereUniqueWithoutDeploymentInput | SlackMessageUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: SlackMessageUpdateManyWithWhereWithoutDeploymentInput | SlackMessageUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: SlackMessageScalarWhereInput | SlackMessageScalarWhereInput[]
  }

  export type JobUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<JobCreateWithoutDeploymentInput, JobUncheckedCreateWithoutDeploymentInput> | JobCreateWithoutDeploymentInput[] | JobUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: JobCreateOrConnectWithoutDeploymentInput | JobCreateOrConnectWithoutDeploymentInput[]
    upsert?: JobUpsertWithWhereUniqueWithoutDeploymentInput | JobUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: JobCreateManyDeploymentInputEnvelope
    set?: JobWhereUniqueInput | JobWhereUniqueInput[]
    disconnect?: JobWhereUniqueInput | JobWhereUniqueInput[]
    delete?: JobWhereUniqueInput | JobWhereUniqueInput[]
    connect?: JobWhereUniqueInput | JobWhereUniqueInput[]
    update?: JobUpdateWithWhereUniqueWithoutDeploymentInput | JobUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: JobUpdateManyWithWhereWithoutDeploymentInput | JobUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: JobScalarWhereInput | JobScalarWhereInput[]
  }

  export type RoleAssignmentUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<RoleAssignmentCreateWithoutDeploymentInput, RoleAssignmentUncheckedCreateWithoutDeploymentInput> | RoleAssignmentCreateWithoutDeploymentInput[] | RoleAssignmentUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: RoleAssignmentCreateOrConnectWithoutDeploymentInput | RoleAssignmentCreateOrConnectWithoutDeploymentInput[]
    upsert?: RoleAssignmentUpsertWithWhereUniqueWithoutDeploymentInput | RoleAssignmentUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: RoleAssignmentCreateManyDeploymentInputEnvelope
    set?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
    disconnect?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
    delete?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
    connect?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
    update?: RoleAssignmentUpdateWithWhereUniqueWithoutDeploymentInput | RoleAssignmentUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: RoleAssignmentUpdateManyWithWhereWithoutDeploymentInput | RoleAssignmentUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: RoleAssignmentScalarWhereInput | RoleAssignmentScalarWhereInput[]
  }

  export type SignOffUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<SignOffCreateWithoutDeploymentInput, SignOffUncheckedCreateWithoutDeploymentInput> | SignOffCreateWithoutDeploymentInput[] | SignOffUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: SignOffCreateOrConnectWithoutDeploymentInput | SignOffCreateOrConnectWithoutDeploymentInput[]
    upsert?: SignOffUpsertWithWhereUniqueWithoutDeploymentInput | SignOffUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: SignOffCreateManyDeploymentInputEnvelope
    set?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
    disconnect?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
    delete?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
    connect?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
    update?: SignOffUpdateWithWhereUniqueWithoutDeploymentInput | SignOffUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: SignOffUpdateManyWithWhereWithoutDeploymentInput | SignOffUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: SignOffScalarWhereInput | SignOffScalarWhereInput[]
  }

  export type ProbeRunUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<ProbeRunCreateWithoutDeploymentInput, ProbeRunUncheckedCreateWithoutDeploymentInput> | ProbeRunCreateWithoutDeploymentInput[] | ProbeRunUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: ProbeRunCreateOrConnectWithoutDeploymentInput | ProbeRunCreateOrConnectWithoutDeploymentInput[]
    upsert?: ProbeRunUpsertWithWhereUniqueWithoutDeploymentInput | ProbeRunUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: ProbeRunCreateManyDeploymentInputEnvelope
    set?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
    disconnect?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
    delete?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
    connect?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
    update?: ProbeRunUpdateWithWhereUniqueWithoutDeploymentInput | ProbeRunUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: ProbeRunUpdateManyWithWhereWithoutDeploymentInput | ProbeRunUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: ProbeRunScalarWhereInput | ProbeRunScalarWhereInput[]
  }

  export type VerificationUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<VerificationCreateWithoutDeploymentInput, VerificationUncheckedCreateWithoutDeploymentInput> | VerificationCreateWithoutDeploymentInput[] | VerificationUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: VerificationCreateOrConnectWithoutDeploymentInput | VerificationCreateOrConnectWithoutDeploymentInput[]
    upsert?: VerificationUpsertWithWhereUniqueWithoutDeploymentInput | VerificationUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: VerificationCreateManyDeploymentInputEnvelope
    set?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
    disconnect?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
    delete?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
    connect?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
    update?: VerificationUpdateWithWhereUniqueWithoutDeploymentInput | VerificationUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: VerificationUpdateManyWithWhereWithoutDeploymentInput | VerificationUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: VerificationScalarWhereInput | VerificationScalarWhereInput[]
  }

  export type CheckInRecordUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<CheckInRecordCreateWithoutDeploymentInput, CheckInRecordUncheckedCreateWithoutDeploymentInput> | CheckInRecordCreateWithoutDeploymentInput[] | CheckInRecordUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: CheckInRecordCreateOrConnectWithoutDeploymentInput | CheckInRecordCreateOrConnectWithoutDeploymentInput[]
    upsert?: CheckInRecordUpsertWithWhereUniqueWithoutDeploymentInput | CheckInRecordUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: CheckInRecordCreateManyDeploymentInputEnvelope
    set?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
    disconnect?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
    delete?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
    connect?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
    update?: CheckInRecordUpdateWithWhereUniqueWithoutDeploymentInput | CheckInRecordUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: CheckInRecordUpdateManyWithWhereWithoutDeploymentInput | CheckInRecordUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: CheckInRecordScalarWhereInput | CheckInRecordScalarWhereInput[]
  }

  export type ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<ItemStateCreateWithoutDeploymentInput, ItemStateUncheckedCreateWithoutDeploymentInput> | ItemStateCreateWithoutDeploymentInput[] | ItemStateUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: ItemStateCreateOrConnectWithoutDeploymentInput | ItemStateCreateOrConnectWithoutDeploymentInput[]
    upsert?: ItemStateUpsertWithWhereUniqueWithoutDeploymentInput | ItemStateUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: ItemStateCreateManyDeploymentInputEnvelope
    set?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
    disconnect?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
    delete?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
    connect?: ItemStateWhereUniqueInput | ItemStateWhereUniqueInput[]
    update?: ItemStateUpdateWithWhereUniqueWithoutDeploymentInput | ItemStateUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: ItemStateUpdateManyWithWhereWithoutDeploymentInput | ItemStateUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: ItemStateScalarWhereInput | ItemStateScalarWhereInput[]
  }

  export type AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<AuditEventCreateWithoutDeploymentInput, AuditEventUncheckedCreateWithoutDeploymentInput> | AuditEventCreateWithoutDeploymentInput[] | AuditEventUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: AuditEventCreateOrConnectWithoutDeploymentInput | AuditEventCreateOrConnectWithoutDeploymentInput[]
    upsert?: AuditEventUpsertWithWhereUniqueWithoutDeploymentInput | AuditEventUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: AuditEventCreateManyDeploymentInputEnvelope
    set?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    disconnect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    delete?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    connect?: AuditEventWhereUniqueInput | AuditEventWhereUniqueInput[]
    update?: AuditEventUpdateWithWhereUniqueWithoutDeploymentInput | AuditEventUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: AuditEventUpdateManyWithWhereWithoutDeploymentInput | AuditEventUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: AuditEventScalarWhereInput | AuditEventScalarWhereInput[]
  }

  export type SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<SlackMessageCreateWithoutDeploymentInput, SlackMessageUncheckedCreateWithoutDeploymentInput> | SlackMessageCreateWithoutDeploymentInput[] | SlackMessageUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: SlackMessageCreateOrConnectWithoutDeploymentInput | SlackMessageCreateOrConnectWithoutDeploymentInput[]
    upsert?: SlackMessageUpsertWithWhereUniqueWithoutDeploymentInput | SlackMessageUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: SlackMessageCreateManyDeploymentInputEnvelope
    set?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
    disconnect?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
    delete?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
    connect?: SlackMessageWhereUniqueInput | SlackMessageWhereUniqueInput[]
    update?: SlackMessageUpdateWithWhereUniqueWithoutDeploymentInput | SlackMessageUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: SlackMessageUpdateManyWithWhereWithoutDeploymentInput | SlackMessageUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: SlackMessageScalarWhereInput | SlackMessageScalarWhereInput[]
  }

  export type JobUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<JobCreateWithoutDeploymentInput, JobUncheckedCreateWithoutDeploymentInput> | JobCreateWithoutDeploymentInput[] | JobUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: JobCreateOrConnectWithoutDeploymentInput | JobCreateOrConnectWithoutDeploymentInput[]
    upsert?: JobUpsertWithWhereUniqueWithoutDeploymentInput | JobUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: JobCreateManyDeploymentInputEnvelope
    set?: JobWhereUniqueInput | JobWhereUniqueInput[]
    disconnect?: JobWhereUniqueInput | JobWhereUniqueInput[]
    delete?: JobWhereUniqueInput | JobWhereUniqueInput[]
    connect?: JobWhereUniqueInput | JobWhereUniqueInput[]
    update?: JobUpdateWithWhereUniqueWithoutDeploymentInput | JobUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: JobUpdateManyWithWhereWithoutDeploymentInput | JobUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: JobScalarWhereInput | JobScalarWhereInput[]
  }

  export type RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<RoleAssignmentCreateWithoutDeploymentInput, RoleAssignmentUncheckedCreateWithoutDeploymentInput> | RoleAssignmentCreateWithoutDeploymentInput[] | RoleAssignmentUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: RoleAssignmentCreateOrConnectWithoutDeploymentInput | RoleAssignmentCreateOrConnectWithoutDeploymentInput[]
    upsert?: RoleAssignmentUpsertWithWhereUniqueWithoutDeploymentInput | RoleAssignmentUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: RoleAssignmentCreateManyDeploymentInputEnvelope
    set?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
    disconnect?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
    delete?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
    connect?: RoleAssignmentWhereUniqueInput | RoleAssignmentWhereUniqueInput[]
    update?: RoleAssignmentUpdateWithWhereUniqueWithoutDeploymentInput | RoleAssignmentUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: RoleAssignmentUpdateManyWithWhereWithoutDeploymentInput | RoleAssignmentUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: RoleAssignmentScalarWhereInput | RoleAssignmentScalarWhereInput[]
  }

  export type SignOffUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<SignOffCreateWithoutDeploymentInput, SignOffUncheckedCreateWithoutDeploymentInput> | SignOffCreateWithoutDeploymentInput[] | SignOffUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: SignOffCreateOrConnectWithoutDeploymentInput | SignOffCreateOrConnectWithoutDeploymentInput[]
    upsert?: SignOffUpsertWithWhereUniqueWithoutDeploymentInput | SignOffUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: SignOffCreateManyDeploymentInputEnvelope
    set?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
    disconnect?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
    delete?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
    connect?: SignOffWhereUniqueInput | SignOffWhereUniqueInput[]
    update?: SignOffUpdateWithWhereUniqueWithoutDeploymentInput | SignOffUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: SignOffUpdateManyWithWhereWithoutDeploymentInput | SignOffUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: SignOffScalarWhereInput | SignOffScalarWhereInput[]
  }

  export type ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<ProbeRunCreateWithoutDeploymentInput, ProbeRunUncheckedCreateWithoutDeploymentInput> | ProbeRunCreateWithoutDeploymentInput[] | ProbeRunUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: ProbeRunCreateOrConnectWithoutDeploymentInput | ProbeRunCreateOrConnectWithoutDeploymentInput[]
    upsert?: ProbeRunUpsertWithWhereUniqueWithoutDeploymentInput | ProbeRunUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: ProbeRunCreateManyDeploymentInputEnvelope
    set?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
    disconnect?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
    delete?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
    connect?: ProbeRunWhereUniqueInput | ProbeRunWhereUniqueInput[]
    update?: ProbeRunUpdateWithWhereUniqueWithoutDeploymentInput | ProbeRunUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: ProbeRunUpdateManyWithWhereWithoutDeploymentInput | ProbeRunUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: ProbeRunScalarWhereInput | ProbeRunScalarWhereInput[]
  }

  export type VerificationUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<VerificationCreateWithoutDeploymentInput, VerificationUncheckedCreateWithoutDeploymentInput> | VerificationCreateWithoutDeploymentInput[] | VerificationUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: VerificationCreateOrConnectWithoutDeploymentInput | VerificationCreateOrConnectWithoutDeploymentInput[]
    upsert?: VerificationUpsertWithWhereUniqueWithoutDeploymentInput | VerificationUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: VerificationCreateManyDeploymentInputEnvelope
    set?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
    disconnect?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
    delete?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
    connect?: VerificationWhereUniqueInput | VerificationWhereUniqueInput[]
    update?: VerificationUpdateWithWhereUniqueWithoutDeploymentInput | VerificationUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: VerificationUpdateManyWithWhereWithoutDeploymentInput | VerificationUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: VerificationScalarWhereInput | VerificationScalarWhereInput[]
  }

  export type CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput = {
    create?: XOR<CheckInRecordCreateWithoutDeploymentInput, CheckInRecordUncheckedCreateWithoutDeploymentInput> | CheckInRecordCreateWithoutDeploymentInput[] | CheckInRecordUncheckedCreateWithoutDeploymentInput[]
    connectOrCreate?: CheckInRecordCreateOrConnectWithoutDeploymentInput | CheckInRecordCreateOrConnectWithoutDeploymentInput[]
    upsert?: CheckInRecordUpsertWithWhereUniqueWithoutDeploymentInput | CheckInRecordUpsertWithWhereUniqueWithoutDeploymentInput[]
    createMany?: CheckInRecordCreateManyDeploymentInputEnvelope
    set?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
    disconnect?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
    delete?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
    connect?: CheckInRecordWhereUniqueInput | CheckInRecordWhereUniqueInput[]
    update?: CheckInRecordUpdateWithWhereUniqueWithoutDeploymentInput | CheckInRecordUpdateWithWhereUniqueWithoutDeploymentInput[]
    updateMany?: CheckInRecordUpdateManyWithWhereWithoutDeploymentInput | CheckInRecordUpdateManyWithWhereWithoutDeploymentInput[]
    deleteMany?: CheckInRecordScalarWhereInput | CheckInRecordScalarWhereInput[]
  }

  export type DeploymentCreateNestedOneWithoutItemsInput = {
    create?: XOR<DeploymentCreateWithoutItemsInput, DeploymentUncheckedCreateWithoutItemsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutItemsInput
    connect?: DeploymentWhereUniqueInput
  }

  export type BoolFieldUpdateOperationsInput = {
    set?: boolean
  }

  export type DeploymentUpdateOneRequiredWithoutItemsNestedInput = {
    create?: XOR<DeploymentCreateWithoutItemsInput, DeploymentUncheckedCreateWithoutItemsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutItemsInput
    upsert?: DeploymentUpsertWithoutItemsInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutItemsInput, DeploymentUpdateWithoutItemsInput>, DeploymentUncheckedUpdateWithoutItemsInput>
  }

  export type DeploymentCreateNestedOneWithoutAuditInput = {
    create?: XOR<DeploymentCreateWithoutAuditInput, DeploymentUncheckedCreateWithoutAuditInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutAuditInput
    connect?: DeploymentWhereUniqueInput
  }

  export type DeploymentUpdateOneRequiredWithoutAuditNestedInput = {
    create?: XOR<DeploymentCreateWithoutAuditInput, DeploymentUncheckedCreateWithoutAuditInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutAuditInput
    upsert?: DeploymentUpsertWithoutAuditInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutAuditInput, DeploymentUpdateWithoutAuditInput>, DeploymentUncheckedUpdateWithoutAuditInput>
  }

  export type DeploymentCreateNestedOneWithoutMessagesInput = {
    create?: XOR<DeploymentCreateWithoutMessagesInput, DeploymentUncheckedCreateWithoutMessagesInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutMessagesInput
    connect?: DeploymentWhereUniqueInput
  }

  export type DeploymentUpdateOneRequiredWithoutMessagesNestedInput = {
    create?: XOR<DeploymentCreateWithoutMessagesInput, DeploymentUncheckedCreateWithoutMessagesInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutMessagesInput
    upsert?: DeploymentUpsertWithoutMessagesInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutMessagesInput, DeploymentUpdateWithoutMessagesInput>, DeploymentUncheckedUpdateWithoutMessagesInput>
  }

  export type DeploymentCreateNestedOneWithoutJobsInput = {
    create?: XOR<DeploymentCreateWithoutJobsInput, DeploymentUncheckedCreateWithoutJobsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutJobsInput
    connect?: DeploymentWhereUniqueInput
  }

  export type DeploymentUpdateOneRequiredWithoutJobsNestedInput = {
    create?: XOR<DeploymentCreateWithoutJobsInput, DeploymentUncheckedCreateWithoutJobsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutJobsInput
    upsert?: DeploymentUpsertWithoutJobsInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutJobsInput, DeploymentUpdateWithoutJobsInput>, DeploymentUncheckedUpdateWithoutJobsInput>
  }

  export type DeploymentCreateNestedOneWithoutRolesInput = {
    create?: XOR<DeploymentCreateWithoutRolesInput, DeploymentUncheckedCreateWithoutRolesInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutRolesInput
    connect?: DeploymentWhereUniqueInput
  }

  export type DeploymentUpdateOneRequiredWithoutRolesNestedInput = {
    create?: XOR<DeploymentCreateWithoutRolesInput, DeploymentUncheckedCreateWithoutRolesInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutRolesInput
    upsert?: DeploymentUpsertWithoutRolesInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutRolesInput, DeploymentUpdateWithoutRolesInput>, DeploymentUncheckedUpdateWithoutRolesInput>
  }

  export type DeploymentCreateNestedOneWithoutSignOffsInput = {
    create?: XOR<DeploymentCreateWithoutSignOffsInput, DeploymentUncheckedCreateWithoutSignOffsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutSignOffsInput
    connect?: DeploymentWhereUniqueInput
  }

  export type DeploymentUpdateOneRequiredWithoutSignOffsNestedInput = {
    create?: XOR<DeploymentCreateWithoutSignOffsInput, DeploymentUncheckedCreateWithoutSignOffsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutSignOffsInput
    upsert?: DeploymentUpsertWithoutSignOffsInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutSignOffsInput, DeploymentUpdateWithoutSignOffsInput>, DeploymentUncheckedUpdateWithoutSignOffsInput>
  }

  export type DeploymentCreateNestedOneWithoutProbeRunsInput = {
    create?: XOR<DeploymentCreateWithoutProbeRunsInput, DeploymentUncheckedCreateWithoutProbeRunsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutProbeRunsInput
    connect?: DeploymentWhereUniqueInput
  }

  export type DeploymentUpdateOneRequiredWithoutProbeRunsNestedInput = {
    create?: XOR<DeploymentCreateWithoutProbeRunsInput, DeploymentUncheckedCreateWithoutProbeRunsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutProbeRunsInput
    upsert?: DeploymentUpsertWithoutProbeRunsInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutProbeRunsInput, DeploymentUpdateWithoutProbeRunsInput>, DeploymentUncheckedUpdateWithoutProbeRunsInput>
  }

  export type DeploymentCreateNestedOneWithoutVerificationsInput = {
    create?: XOR<DeploymentCreateWithoutVerificationsInput, DeploymentUncheckedCreateWithoutVerificationsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutVerificationsInput
    connect?: DeploymentWhereUniqueInput
  }

  export type DeploymentUpdateOneRequiredWithoutVerificationsNestedInput = {
    create?: XOR<DeploymentCreateWithoutVerificationsInput, DeploymentUncheckedCreateWithoutVerificationsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutVerificationsInput
    upsert?: DeploymentUpsertWithoutVerificationsInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutVerificationsInput, DeploymentUpdateWithoutVerificationsInput>, DeploymentUncheckedUpdateWithoutVerificationsInput>
  }

  export type DeploymentCreateNestedOneWithoutCheckInsInput = {
    create?: XOR<DeploymentCreateWithoutCheckInsInput, DeploymentUncheckedCreateWithoutCheckInsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutCheckInsInput
    connect?: DeploymentWhereUniqueInput
  }

  export type DeploymentUpdateOneRequiredWithoutCheckInsNestedInput = {
    create?: XOR<DeploymentCreateWithoutCheckInsInput, DeploymentUncheckedCreateWithoutCheckInsInput>
    connectOrCreate?: DeploymentCreateOrConnectWithoutCheckInsInput
    upsert?: DeploymentUpsertWithoutCheckInsInput
    connect?: DeploymentWhereUniqueInput
    update?: XOR<XOR<DeploymentUpdateToOneWithWhereWithoutCheckInsInput, DeploymentUpdateWithoutCheckInsInput>, DeploymentUncheckedUpdateWithoutCheckInsInput>
  }

  export type NestedStringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type NestedStringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type NestedIntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type NestedDateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type NestedDateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type NestedStringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[] | ListStringFieldRefInput<$PrismaModel>
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel>
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type NestedStringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    notIn?: string[] | ListStringFieldRefInput<$PrismaModel> | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type NestedIntNullableFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel> | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableFilter<$PrismaModel> | number | null
  }

  export type NestedIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[] | ListIntFieldRefInput<$PrismaModel>
    notIn?: number[] | ListIntFieldRefInput<$PrismaModel>
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type NestedFloatFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[] | ListFloatFieldRefInput<$PrismaModel>
    notIn?: number[] | ListFloatFieldRefInput<$PrismaModel>
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatFilter<$PrismaModel> | number
  }

  export type NestedDateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel> | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type NestedDateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    notIn?: Date[] | string[] | ListDateTimeFieldRefInput<$PrismaModel>
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type NestedBoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
  }

  export type NestedBoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
  }

  export type ItemStateCreateWithoutDeploymentInput = {
    id: string
    itemKey: string
    done?: boolean
    flagged?: boolean
    byUser?: string | null
    at?: Date | string | null
    note?: string | null
    evidenceJson?: string | null
  }

  export type ItemStateUncheckedCreateWithoutDeploymentInput = {
    id: string
    itemKey: string
    done?: boolean
    flagged?: boolean
    byUser?: string | null
    at?: Date | string | null
    note?: string | null
    evidenceJson?: string | null
  }

  export type ItemStateCreateOrConnectWithoutDeploymentInput = {
    where: ItemStateWhereUniqueInput
    create: XOR<ItemStateCreateWithoutDeploymentInput, ItemStateUncheckedCreateWithoutDeploymentInput>
  }

  export type ItemStateCreateManyDeploymentInputEnvelope = {
    data: ItemStateCreateManyDeploymentInput | ItemStateCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type AuditEventCreateWithoutDeploymentInput = {
    actor: string
    action: string
    itemKey?: string | null
    dataJson?: string
    at: Date | string
  }

  export type AuditEventUncheckedCreateWithoutDeploymentInput = {
    id?: number
    actor: string
    action: string
    itemKey?: string | null
    dataJson?: string
    at: Date | string
  }

  export type AuditEventCreateOrConnectWithoutDeploymentInput = {
    where: AuditEventWhereUniqueInput
    create: XOR<AuditEventCreateWithoutDeploymentInput, AuditEventUncheckedCreateWithoutDeploymentInput>
  }

  export type AuditEventCreateManyDeploymentInputEnvelope = {
    data: AuditEventCreateManyDeploymentInput | AuditEventCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type SlackMessageCreateWithoutDeploymentInput = {
    id: string
    part: string
    channelId: string
    ts?: string | null
    position?: number
    renderHash?: string | null
  }

  export type SlackMessageUncheckedCreateWithoutDeploymentInput = {
    id: string
    part: string
    channelId: string
    ts?: string | null
    position?: number
    renderHash?: string | null
  }

  export type SlackMessageCreateOrConnectWithoutDeploymentInput = {
    where: SlackMessageWhereUniqueInput
    create: XOR<SlackMessageCreateWithoutDeploymentInput, SlackMessageUncheckedCreateWithoutDeploymentInput>
  }

  export type SlackMessageCreateManyDeploymentInputEnvelope = {
    data: SlackMessageCreateManyDeploymentInput | SlackMessageCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type JobCreateWithoutDeploymentInput = {
    id: string
    kind: string
    dedupeKey?: string | null
    requestRev?: number
    payloadJson?: string
    dueAt: Date | string
    attempts?: number
    claimedBy?: string | null
    claimedUntil?: Date | string | null
    doneAt?: Date | string | null
    failedAt?: Date | string | null
    lastError?: string | null
    createdAt: Date | string
  }

  export type JobUncheckedCreateWithoutDeploymentInput = {
    id: string
    kind: string
    dedupeKey?: string | null
    requestRev?: number
    payloadJson?: string
    dueAt: Date | string
    attempts?: number
    claimedBy?: string | null
    claimedUntil?: Date | string | null
    doneAt?: Date | string | null
    failedAt?: Date | string | null
    lastError?: string | null
    createdAt: Date | string
  }

  export type JobCreateOrConnectWithoutDeploymentInput = {
    where: JobWhereUniqueInput
    create: XOR<JobCreateWithoutDeploymentInput, JobUncheckedCreateWithoutDeploymentInput>
  }

  export type JobCreateManyDeploymentInputEnvelope = {
    data: JobCreateManyDeploymentInput | JobCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type RoleAssignmentCreateWithoutDeploymentInput = {
    id: string
    roleKey: string
    userId: string
  }

  export type RoleAssignmentUncheckedCreateWithoutDeploymentInput = {
    id: string
    roleKey: string
    userId: string
  }

  export type RoleAssignmentCreateOrConnectWithoutDeploymentInput = {
    where: RoleAssignmentWhereUniqueInput
    create: XOR<RoleAssignmentCreateWithoutDeploymentInput, RoleAssignmentUncheckedCreateWithoutDeploymentInput>
  }

  export type RoleAssignmentCreateManyDeploymentInputEnvelope = {
    data: RoleAssignmentCreateManyDeploymentInput | RoleAssignmentCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type SignOffCreateWithoutDeploymentInput = {
    id: string
    roleKey: string
    userId: string
    decision: string
    reason?: string | null
    note?: string | null
    at: Date | string
    staleAt?: Date | string | null
    staleReason?: string | null
  }

  export type SignOffUncheckedCreateWithoutDeploymentInput = {
    id: string
    roleKey: string
    userId: string
    decision: string
    reason?: string | null
    note?: string | null
    at: Date | string
    staleAt?: Date | string | null
    staleReason?: string | null
  }

  export type SignOffCreateOrConnectWithoutDeploymentInput = {
    where: SignOffWhereUniqueInput
    create: XOR<SignOffCreateWithoutDeploymentInput, SignOffUncheckedCreateWithoutDeploymentInput>
  }

  export type SignOffCreateManyDeploymentInputEnvelope = {
    data: SignOffCreateManyDeploymentInput | SignOffCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type ProbeRunCreateWithoutDeploymentInput = {
    id: string
    runId: string
    itemKey: string
    kind: string
    target: string
    outcome: string
    conditionsJson: string
    evidenceJson: string
    summary: string
    durationMs: number
    attempts: number
    trigger: string
    at: Date | string
  }

  export type ProbeRunUncheckedCreateWithoutDeploymentInput = {
    id: string
    runId: string
    itemKey: string
    kind: string
    target: string
    outcome: string
    conditionsJson: string
    evidenceJson: string
    summary: string
    durationMs: number
    attempts: number
    trigger: string
    at: Date | string
  }

  export type ProbeRunCreateOrConnectWithoutDeploymentInput = {
    where: ProbeRunWhereUniqueInput
    create: XOR<ProbeRunCreateWithoutDeploymentInput, ProbeRunUncheckedCreateWithoutDeploymentInput>
  }

  export type ProbeRunCreateManyDeploymentInputEnvelope = {
    data: ProbeRunCreateManyDeploymentInput | ProbeRunCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type VerificationCreateWithoutDeploymentInput = {
    id: string
    roleKey: string
    userId: string
    issues: string
    status: string
    note?: string | null
    at: Date | string
  }

  export type VerificationUncheckedCreateWithoutDeploymentInput = {
    id: string
    roleKey: string
    userId: string
    issues: string
    status: string
    note?: string | null
    at: Date | string
  }

  export type VerificationCreateOrConnectWithoutDeploymentInput = {
    where: VerificationWhereUniqueInput
    create: XOR<VerificationCreateWithoutDeploymentInput, VerificationUncheckedCreateWithoutDeploymentInput>
  }

  export type VerificationCreateManyDeploymentInputEnvelope = {
    data: VerificationCreateManyDeploymentInput | VerificationCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type CheckInRecordCreateWithoutDeploymentInput = {
    id: string
    checkInKey: string
    sentAt?: Date | string | null
    messageTs?: string | null
    snoozedUntil?: Date | string | null
    escalatedAt?: Date | string | null
    answeredAt?: Date | string | null
    answeredBy?: string | null
    answer?: string | null
    note?: string | null
  }

  export type CheckInRecordUncheckedCreateWithoutDeploymentInput = {
    id: string
    checkInKey: string
    sentAt?: Date | string | null
    messageTs?: string | null
    snoozedUntil?: Date | string | null
    escalatedAt?: Date | string | null
    answeredAt?: Date | string | null
    answeredBy?: string | null
    answer?: string | null
    note?: string | null
  }

  export type CheckInRecordCreateOrConnectWithoutDeploymentInput = {
    where: CheckInRecordWhereUniqueInput
    create: XOR<CheckInRecordCreateWithoutDeploymentInput, CheckInRecordUncheckedCreateWithoutDeploymentInput>
  }

  export type CheckInRecordCreateManyDeploymentInputEnvelope = {
    data: CheckInRecordCreateManyDeploymentInput | CheckInRecordCreateManyDeploymentInput[]
    skipDuplicates?: boolean
  }

  export type ItemStateUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: ItemStateWhereUniqueInput
    update: XOR<ItemStateUpdateWithoutDeploymentInput, ItemStateUncheckedUpdateWithoutDeploymentInput>
    create: XOR<ItemStateCreateWithoutDeploymentInput, ItemStateUncheckedCreateWithoutDeploymentInput>
  }

  export type ItemStateUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: ItemStateWhereUniqueInput
    data: XOR<ItemStateUpdateWithoutDeploymentInput, ItemStateUncheckedUpdateWithoutDeploymentInput>
  }

  export type ItemStateUpdateManyWithWhereWithoutDeploymentInput = {
    where: ItemStateScalarWhereInput
    data: XOR<ItemStateUpdateManyMutationInput, ItemStateUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type ItemStateScalarWhereInput = {
    AND?: ItemStateScalarWhereInput | ItemStateScalarWhereInput[]
    OR?: ItemStateScalarWhereInput[]
    NOT?: ItemStateScalarWhereInput | ItemStateScalarWhereInput[]
    id?: StringFilter<"ItemState"> | string
    deploymentId?: StringFilter<"ItemState"> | string
    itemKey?: StringFilter<"ItemState"> | string
    done?: BoolFilter<"ItemState"> | boolean
    flagged?: BoolFilter<"ItemState"> | boolean
    byUser?: StringNullableFilter<"ItemState"> | string | null
    at?: DateTimeNullableFilter<"ItemState"> | Date | string | null
    note?: StringNullableFilter<"ItemState"> | string | null
    evidenceJson?: StringNullableFilter<"ItemState"> | string | null
  }

  export type AuditEventUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: AuditEventWhereUniqueInput
    update: XOR<AuditEventUpdateWithoutDeploymentInput, AuditEventUncheckedUpdateWithoutDeploymentInput>
    create: XOR<AuditEventCreateWithoutDeploymentInput, AuditEventUncheckedCreateWithoutDeploymentInput>
  }

  export type AuditEventUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: AuditEventWhereUniqueInput
    data: XOR<AuditEventUpdateWithoutDeploymentInput, AuditEventUncheckedUpdateWithoutDeploymentInput>
  }

  export type AuditEventUpdateManyWithWhereWithoutDeploymentInput = {
    where: AuditEventScalarWhereInput
    data: XOR<AuditEventUpdateManyMutationInput, AuditEventUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type AuditEventScalarWhereInput = {
    AND?: AuditEventScalarWhereInput | AuditEventScalarWhereInput[]
    OR?: AuditEventScalarWhereInput[]
    NOT?: AuditEventScalarWhereInput | AuditEventScalarWhereInput[]
    id?: IntFilter<"AuditEvent"> | number
    deploymentId?: StringFilter<"AuditEvent"> | string
    actor?: StringFilter<"AuditEvent"> | string
    action?: StringFilter<"AuditEvent"> | string
    itemKey?: StringNullableFilter<"AuditEvent"> | string | null
    dataJson?: StringFilter<"AuditEvent"> | string
    at?: DateTimeFilter<"AuditEvent"> | Date | string
  }

  export type SlackMessageUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: SlackMessageWhereUniqueInput
    update: XOR<SlackMessageUpdateWithoutDeploymentInput, SlackMessageUncheckedUpdateWithoutDeploymentInput>
    create: XOR<SlackMessageCreateWithoutDeploymentInput, SlackMessageUncheckedCreateWithoutDeploymentInput>
  }

  export type SlackMessageUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: SlackMessageWhereUniqueInput
    data: XOR<SlackMessageUpdateWithoutDeploymentInput, SlackMessageUncheckedUpdateWithoutDeploymentInput>
  }

  export type SlackMessageUpdateManyWithWhereWithoutDeploymentInput = {
    where: SlackMessageScalarWhereInput
    data: XOR<SlackMessageUpdateManyMutationInput, SlackMessageUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type SlackMessageScalarWhereInput = {
    AND?: SlackMessageScalarWhereInput | SlackMessageScalarWhereInput[]
    OR?: SlackMessageScalarWhereInput[]
    NOT?: SlackMessageScalarWhereInput | SlackMessageScalarWhereInput[]
    id?: StringFilter<"SlackMessage"> | string
    deploymentId?: StringFilter<"SlackMessage"> | string
    part?: StringFilter<"SlackMessage"> | string
    channelId?: StringFilter<"SlackMessage"> | string
    ts?: StringNullableFilter<"SlackMessage"> | string | null
    position?: IntFilter<"SlackMessage"> | number
    renderHash?: StringNullableFilter<"SlackMessage"> | string | null
  }

  export type JobUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: JobWhereUniqueInput
    update: XOR<JobUpdateWithoutDeploymentInput, JobUncheckedUpdateWithoutDeploymentInput>
    create: XOR<JobCreateWithoutDeploymentInput, JobUncheckedCreateWithoutDeploymentInput>
  }

  export type JobUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: JobWhereUniqueInput
    data: XOR<JobUpdateWithoutDeploymentInput, JobUncheckedUpdateWithoutDeploymentInput>
  }

  export type JobUpdateManyWithWhereWithoutDeploymentInput = {
    where: JobScalarWhereInput
    data: XOR<JobUpdateManyMutationInput, JobUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type JobScalarWhereInput = {
    AND?: JobScalarWhereInput | JobScalarWhereInput[]
    OR?: JobScalarWhereInput[]
    NOT?: JobScalarWhereInput | JobScalarWhereInput[]
    id?: StringFilter<"Job"> | string
    deploymentId?: StringFilter<"Job"> | string
    kind?: StringFilter<"Job"> | string
    dedupeKey?: StringNullableFilter<"Job"> | string | null
    requestRev?: IntFilter<"Job"> | number
    payloadJson?: StringFilter<"Job"> | string
    dueAt?: DateTimeFilter<"Job"> | Date | string
    attempts?: IntFilter<"Job"> | number
    claimedBy?: StringNullableFilter<"Job"> | string | null
    claimedUntil?: DateTimeNullableFilter<"Job"> | Date | string | null
    doneAt?: DateTimeNullableFilter<"Job"> | Date | string | null
    failedAt?: DateTimeNullableFilter<"Job"> | Date | string | null
    lastError?: StringNullableFilter<"Job"> | string | null
    createdAt?: DateTimeFilter<"Job"> | Date | string
  }

  export type RoleAssignmentUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: RoleAssignmentWhereUniqueInput
    update: XOR<RoleAssignmentUpdateWithoutDeploymentInput, RoleAssignmentUncheckedUpdateWithoutDeploymentInput>
    create: XOR<RoleAssignmentCreateWithoutDeploymentInput, RoleAssignmentUncheckedCreateWithoutDeploymentInput>
  }

  export type RoleAssignmentUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: RoleAssignmentWhereUniqueInput
    data: XOR<RoleAssignmentUpdateWithoutDeploymentInput, RoleAssignmentUncheckedUpdateWithoutDeploymentInput>
  }

  export type RoleAssignmentUpdateManyWithWhereWithoutDeploymentInput = {
    where: RoleAssignmentScalarWhereInput
    data: XOR<RoleAssignmentUpdateManyMutationInput, RoleAssignmentUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type RoleAssignmentScalarWhereInput = {
    AND?: RoleAssignmentScalarWhereInput | RoleAssignmentScalarWhereInput[]
    OR?: RoleAssignmentScalarWhereInput[]
    NOT?: RoleAssignmentScalarWhereInput | RoleAssignmentScalarWhereInput[]
    id?: StringFilter<"RoleAssignment"> | string
    deploymentId?: StringFilter<"RoleAssignment"> | string
    roleKey?: StringFilter<"RoleAssignment"> | string
    userId?: StringFilter<"RoleAssignment"> | string
  }

  export type SignOffUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: SignOffWhereUniqueInput
    update: XOR<SignOffUpdateWithoutDeploymentInput, SignOffUncheckedUpdateWithoutDeploymentInput>
    create: XOR<SignOffCreateWithoutDeploymentInput, SignOffUncheckedCreateWithoutDeploymentInput>
  }

  export type SignOffUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: SignOffWhereUniqueInput
    data: XOR<SignOffUpdateWithoutDeploymentInput, SignOffUncheckedUpdateWithoutDeploymentInput>
  }

  export type SignOffUpdateManyWithWhereWithoutDeploymentInput = {
    where: SignOffScalarWhereInput
    data: XOR<SignOffUpdateManyMutationInput, SignOffUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type SignOffScalarWhereInput = {
    AND?: SignOffScalarWhereInput | SignOffScalarWhereInput[]
    OR?: SignOffScalarWhereInput[]
    NOT?: SignOffScalarWhereInput | SignOffScalarWhereInput[]
    id?: StringFilter<"SignOff"> | string
    deploymentId?: StringFilter<"SignOff"> | string
    roleKey?: StringFilter<"SignOff"> | string
    userId?: StringFilter<"SignOff"> | string
    decision?: StringFilter<"SignOff"> | string
    reason?: StringNullableFilter<"SignOff"> | string | null
    note?: StringNullableFilter<"SignOff"> | string | null
    at?: DateTimeFilter<"SignOff"> | Date | string
    staleAt?: DateTimeNullableFilter<"SignOff"> | Date | string | null
    staleReason?: StringNullableFilter<"SignOff"> | string | null
  }

  export type ProbeRunUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: ProbeRunWhereUniqueInput
    update: XOR<ProbeRunUpdateWithoutDeploymentInput, ProbeRunUncheckedUpdateWithoutDeploymentInput>
    create: XOR<ProbeRunCreateWithoutDeploymentInput, ProbeRunUncheckedCreateWithoutDeploymentInput>
  }

  export type ProbeRunUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: ProbeRunWhereUniqueInput
    data: XOR<ProbeRunUpdateWithoutDeploymentInput, ProbeRunUncheckedUpdateWithoutDeploymentInput>
  }

  export type ProbeRunUpdateManyWithWhereWithoutDeploymentInput = {
    where: ProbeRunScalarWhereInput
    data: XOR<ProbeRunUpdateManyMutationInput, ProbeRunUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type ProbeRunScalarWhereInput = {
    AND?: ProbeRunScalarWhereInput | ProbeRunScalarWhereInput[]
    OR?: ProbeRunScalarWhereInput[]
    NOT?: ProbeRunScalarWhereInput | ProbeRunScalarWhereInput[]
    id?: StringFilter<"ProbeRun"> | string
    deploymentId?: StringFilter<"ProbeRun"> | string
    runId?: StringFilter<"ProbeRun"> | string
    itemKey?: StringFilter<"ProbeRun"> | string
    kind?: StringFilter<"ProbeRun"> | string
    target?: StringFilter<"ProbeRun"> | string
    outcome?: StringFilter<"ProbeRun"> | string
    conditionsJson?: StringFilter<"ProbeRun"> | string
    evidenceJson?: StringFilter<"ProbeRun"> | string
    summary?: StringFilter<"ProbeRun"> | string
    durationMs?: IntFilter<"ProbeRun"> | number
    attempts?: IntFilter<"ProbeRun"> | number
    trigger?: StringFilter<"ProbeRun"> | string
    at?: DateTimeFilter<"ProbeRun"> | Date | string
  }

  export type VerificationUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: VerificationWhereUniqueInput
    update: XOR<VerificationUpdateWithoutDeploymentInput, VerificationUncheckedUpdateWithoutDeploymentInput>
    create: XOR<VerificationCreateWithoutDeploymentInput, VerificationUncheckedCreateWithoutDeploymentInput>
  }

  export type VerificationUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: VerificationWhereUniqueInput
    data: XOR<VerificationUpdateWithoutDeploymentInput, VerificationUncheckedUpdateWithoutDeploymentInput>
  }

  export type VerificationUpdateManyWithWhereWithoutDeploymentInput = {
    where: VerificationScalarWhereInput
    data: XOR<VerificationUpdateManyMutationInput, VerificationUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type VerificationScalarWhereInput = {
    AND?: VerificationScalarWhereInput | VerificationScalarWhereInput[]
    OR?: VerificationScalarWhereInput[]
    NOT?: VerificationScalarWhereInput | VerificationScalarWhereInput[]
    id?: StringFilter<"Verification"> | string
    deploymentId?: StringFilter<"Verification"> | string
    roleKey?: StringFilter<"Verification"> | string
    userId?: StringFilter<"Verification"> | string
    issues?: StringFilter<"Verification"> | string
    status?: StringFilter<"Verification"> | string
    note?: StringNullableFilter<"Verification"> | string | null
    at?: DateTimeFilter<"Verification"> | Date | string
  }

  export type CheckInRecordUpsertWithWhereUniqueWithoutDeploymentInput = {
    where: CheckInRecordWhereUniqueInput
    update: XOR<CheckInRecordUpdateWithoutDeploymentInput, CheckInRecordUncheckedUpdateWithoutDeploymentInput>
    create: XOR<CheckInRecordCreateWithoutDeploymentInput, CheckInRecordUncheckedCreateWithoutDeploymentInput>
  }

  export type CheckInRecordUpdateWithWhereUniqueWithoutDeploymentInput = {
    where: CheckInRecordWhereUniqueInput
    data: XOR<CheckInRecordUpdateWithoutDeploymentInput, CheckInRecordUncheckedUpdateWithoutDeploymentInput>
  }

  export type CheckInRecordUpdateManyWithWhereWithoutDeploymentInput = {
    where: CheckInRecordScalarWhereInput
    data: XOR<CheckInRecordUpdateManyMutationInput, CheckInRecordUncheckedUpdateManyWithoutDeploymentInput>
  }

  export type CheckInRecordScalarWhereInput = {
    AND?: CheckInRecordScalarWhereInput | CheckInRecordScalarWhereInput[]
    OR?: CheckInRecordScalarWhereInput[]
    NOT?: CheckInRecordScalarWhereInput | CheckInRecordScalarWhereInput[]
    id?: StringFilter<"CheckInRecord"> | string
    deploymentId?: StringFilter<"CheckInRecord"> | string
    checkInKey?: StringFilter<"CheckInRecord"> | string
    sentAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    messageTs?: StringNullableFilter<"CheckInRecord"> | string | null
    snoozedUntil?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    escalatedAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    answeredAt?: DateTimeNullableFilter<"CheckInRecord"> | Date | string | null
    answeredBy?: StringNullableFilter<"CheckInRecord"> | string | null
    answer?: StringNullableFilter<"CheckInRecord"> | string | null
    note?: StringNullableFilter<"CheckInRecord"> | string | null
  }

  export type DeploymentCreateWithoutItemsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutItemsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutItemsInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutItemsInput, DeploymentUncheckedCreateWithoutItemsInput>
  }

  export type DeploymentUpsertWithoutItemsInput = {
    update: XOR<DeploymentUpdateWithoutItemsInput, DeploymentUncheckedUpdateWithoutItemsInput>
    create: XOR<DeploymentCreateWithoutItemsInput, DeploymentUncheckedCreateWithoutItemsInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutItemsInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutItemsInput, DeploymentUncheckedUpdateWithoutItemsInput>
  }

  export type DeploymentUpdateWithoutItemsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutItemsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateWithoutAuditInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutAuditInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutAuditInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutAuditInput, DeploymentUncheckedCreateWithoutAuditInput>
  }

  export type DeploymentUpsertWithoutAuditInput = {
    update: XOR<DeploymentUpdateWithoutAuditInput, DeploymentUncheckedUpdateWithoutAuditInput>
    create: XOR<DeploymentCreateWithoutAuditInput, DeploymentUncheckedCreateWithoutAuditInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutAuditInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutAuditInput, DeploymentUncheckedUpdateWithoutAuditInput>
  }

  export type DeploymentUpdateWithoutAuditInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutAuditInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateWithoutMessagesInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutMessagesInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutMessagesInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutMessagesInput, DeploymentUncheckedCreateWithoutMessagesInput>
  }

  export type DeploymentUpsertWithoutMessagesInput = {
    update: XOR<DeploymentUpdateWithoutMessagesInput, DeploymentUncheckedUpdateWithoutMessagesInput>
    create: XOR<DeploymentCreateWithoutMessagesInput, DeploymentUncheckedCreateWithoutMessagesInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutMessagesInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutMessagesInput, DeploymentUncheckedUpdateWithoutMessagesInput>
  }

  export type DeploymentUpdateWithoutMessagesInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutMessagesInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateWithoutJobsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutJobsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutJobsInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutJobsInput, DeploymentUncheckedCreateWithoutJobsInput>
  }

  export type DeploymentUpsertWithoutJobsInput = {
    update: XOR<DeploymentUpdateWithoutJobsInput, DeploymentUncheckedUpdateWithoutJobsInput>
    create: XOR<DeploymentCreateWithoutJobsInput, DeploymentUncheckedCreateWithoutJobsInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutJobsInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutJobsInput, DeploymentUncheckedUpdateWithoutJobsInput>
  }

  export type DeploymentUpdateWithoutJobsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutJobsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateWithoutRolesInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutRolesInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutRolesInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutRolesInput, DeploymentUncheckedCreateWithoutRolesInput>
  }

  export type DeploymentUpsertWithoutRolesInput = {
    update: XOR<DeploymentUpdateWithoutRolesInput, DeploymentUncheckedUpdateWithoutRolesInput>
    create: XOR<DeploymentCreateWithoutRolesInput, DeploymentUncheckedCreateWithoutRolesInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutRolesInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutRolesInput, DeploymentUncheckedUpdateWithoutRolesInput>
  }

  export type DeploymentUpdateWithoutRolesInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutRolesInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateWithoutSignOffsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutSignOffsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutSignOffsInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutSignOffsInput, DeploymentUncheckedCreateWithoutSignOffsInput>
  }

  export type DeploymentUpsertWithoutSignOffsInput = {
    update: XOR<DeploymentUpdateWithoutSignOffsInput, DeploymentUncheckedUpdateWithoutSignOffsInput>
    create: XOR<DeploymentCreateWithoutSignOffsInput, DeploymentUncheckedCreateWithoutSignOffsInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutSignOffsInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutSignOffsInput, DeploymentUncheckedUpdateWithoutSignOffsInput>
  }

  export type DeploymentUpdateWithoutSignOffsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutSignOffsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateWithoutProbeRunsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutProbeRunsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutProbeRunsInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutProbeRunsInput, DeploymentUncheckedCreateWithoutProbeRunsInput>
  }

  export type DeploymentUpsertWithoutProbeRunsInput = {
    update: XOR<DeploymentUpdateWithoutProbeRunsInput, DeploymentUncheckedUpdateWithoutProbeRunsInput>
    create: XOR<DeploymentCreateWithoutProbeRunsInput, DeploymentUncheckedCreateWithoutProbeRunsInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutProbeRunsInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutProbeRunsInput, DeploymentUncheckedUpdateWithoutProbeRunsInput>
  }

  export type DeploymentUpdateWithoutProbeRunsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutProbeRunsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateWithoutVerificationsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutVerificationsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    checkIns?: CheckInRecordUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutVerificationsInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutVerificationsInput, DeploymentUncheckedCreateWithoutVerificationsInput>
  }

  export type DeploymentUpsertWithoutVerificationsInput = {
    update: XOR<DeploymentUpdateWithoutVerificationsInput, DeploymentUncheckedUpdateWithoutVerificationsInput>
    create: XOR<DeploymentCreateWithoutVerificationsInput, DeploymentUncheckedCreateWithoutVerificationsInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutVerificationsInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutVerificationsInput, DeploymentUncheckedUpdateWithoutVerificationsInput>
  }

  export type DeploymentUpdateWithoutVerificationsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutVerificationsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    checkIns?: CheckInRecordUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentCreateWithoutCheckInsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageCreateNestedManyWithoutDeploymentInput
    jobs?: JobCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentUncheckedCreateWithoutCheckInsInput = {
    id: string
    teamId: string
    channelId: string
    service: string
    version: string
    environment: string
    ownerId: string
    status: string
    templateName: string
    templateHash: string
    templateJson: string
    endpointsJson?: string
    threadTs?: string | null
    openKey?: string | null
    revision?: number
    goLiveAt?: Date | string | null
    goLiveBy?: string | null
    goLiveOverride?: string | null
    rollbackReason?: string | null
    checkInsStoppedAt?: Date | string | null
    checkInsStopReason?: string | null
    closedAt?: Date | string | null
    createdAt: Date | string
    updatedAt: Date | string
    items?: ItemStateUncheckedCreateNestedManyWithoutDeploymentInput
    audit?: AuditEventUncheckedCreateNestedManyWithoutDeploymentInput
    messages?: SlackMessageUncheckedCreateNestedManyWithoutDeploymentInput
    jobs?: JobUncheckedCreateNestedManyWithoutDeploymentInput
    roles?: RoleAssignmentUncheckedCreateNestedManyWithoutDeploymentInput
    signOffs?: SignOffUncheckedCreateNestedManyWithoutDeploymentInput
    probeRuns?: ProbeRunUncheckedCreateNestedManyWithoutDeploymentInput
    verifications?: VerificationUncheckedCreateNestedManyWithoutDeploymentInput
  }

  export type DeploymentCreateOrConnectWithoutCheckInsInput = {
    where: DeploymentWhereUniqueInput
    create: XOR<DeploymentCreateWithoutCheckInsInput, DeploymentUncheckedCreateWithoutCheckInsInput>
  }

  export type DeploymentUpsertWithoutCheckInsInput = {
    update: XOR<DeploymentUpdateWithoutCheckInsInput, DeploymentUncheckedUpdateWithoutCheckInsInput>
    create: XOR<DeploymentCreateWithoutCheckInsInput, DeploymentUncheckedCreateWithoutCheckInsInput>
    where?: DeploymentWhereInput
  }

  export type DeploymentUpdateToOneWithWhereWithoutCheckInsInput = {
    where?: DeploymentWhereInput
    data: XOR<DeploymentUpdateWithoutCheckInsInput, DeploymentUncheckedUpdateWithoutCheckInsInput>
  }

  export type DeploymentUpdateWithoutCheckInsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUpdateManyWithoutDeploymentNestedInput
  }

  export type DeploymentUncheckedUpdateWithoutCheckInsInput = {
    id?: StringFieldUpdateOperationsInput | string
    teamId?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    service?: StringFieldUpdateOperationsInput | string
    version?: StringFieldUpdateOperationsInput | string
    environment?: StringFieldUpdateOperationsInput | string
    ownerId?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    templateName?: StringFieldUpdateOperationsInput | string
    templateHash?: StringFieldUpdateOperationsInput | string
    templateJson?: StringFieldUpdateOperationsInput | string
    endpointsJson?: StringFieldUpdateOperationsInput | string
    threadTs?: NullableStringFieldUpdateOperationsInput | string | null
    openKey?: NullableStringFieldUpdateOperationsInput | string | null
    revision?: IntFieldUpdateOperationsInput | number
    goLiveAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    goLiveBy?: NullableStringFieldUpdateOperationsInput | string | null
    goLiveOverride?: NullableStringFieldUpdateOperationsInput | string | null
    rollbackReason?: NullableStringFieldUpdateOperationsInput | string | null
    checkInsStoppedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    checkInsStopReason?: NullableStringFieldUpdateOperationsInput | string | null
    closedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
    items?: ItemStateUncheckedUpdateManyWithoutDeploymentNestedInput
    audit?: AuditEventUncheckedUpdateManyWithoutDeploymentNestedInput
    messages?: SlackMessageUncheckedUpdateManyWithoutDeploymentNestedInput
    jobs?: JobUncheckedUpdateManyWithoutDeploymentNestedInput
    roles?: RoleAssignmentUncheckedUpdateManyWithoutDeploymentNestedInput
    signOffs?: SignOffUncheckedUpdateManyWithoutDeploymentNestedInput
    probeRuns?: ProbeRunUncheckedUpdateManyWithoutDeploymentNestedInput
    verifications?: VerificationUncheckedUpdateManyWithoutDeploymentNestedInput
  }

  export type ItemStateCreateManyDeploymentInput = {
    id: string
    itemKey: string
    done?: boolean
    flagged?: boolean
    byUser?: string | null
    at?: Date | string | null
    note?: string | null
    evidenceJson?: string | null
  }

  export type AuditEventCreateManyDeploymentInput = {
    id?: number
    actor: string
    action: string
    itemKey?: string | null
    dataJson?: string
    at: Date | string
  }

  export type SlackMessageCreateManyDeploymentInput = {
    id: string
    part: string
    channelId: string
    ts?: string | null
    position?: number
    renderHash?: string | null
  }

  export type JobCreateManyDeploymentInput = {
    id: string
    kind: string
    dedupeKey?: string | null
    requestRev?: number
    payloadJson?: string
    dueAt: Date | string
    attempts?: number
    claimedBy?: string | null
    claimedUntil?: Date | string | null
    doneAt?: Date | string | null
    failedAt?: Date | string | null
    lastError?: string | null
    createdAt: Date | string
  }

  export type RoleAssignmentCreateManyDeploymentInput = {
    id: string
    roleKey: string
    userId: string
  }

  export type SignOffCreateManyDeploymentInput = {
    id: string
    roleKey: string
    userId: string
    decision: string
    reason?: string | null
    note?: string | null
    at: Date | string
    staleAt?: Date | string | null
    staleReason?: string | null
  }

  export type ProbeRunCreateManyDeploymentInput = {
    id: string
    runId: string
    itemKey: string
    kind: string
    target: string
    outcome: string
    conditionsJson: string
    evidenceJson: string
    summary: string
    durationMs: number
    attempts: number
    trigger: string
    at: Date | string
  }

  export type VerificationCreateManyDeploymentInput = {
    id: string
    roleKey: string
    userId: string
    issues: string
    status: string
    note?: string | null
    at: Date | string
  }

  export type CheckInRecordCreateManyDeploymentInput = {
    id: string
    checkInKey: string
    sentAt?: Date | string | null
    messageTs?: string | null
    snoozedUntil?: Date | string | null
    escalatedAt?: Date | string | null
    answeredAt?: Date | string | null
    answeredBy?: string | null
    answer?: string | null
    note?: string | null
  }

  export type ItemStateUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    done?: BoolFieldUpdateOperationsInput | boolean
    flagged?: BoolFieldUpdateOperationsInput | boolean
    byUser?: NullableStringFieldUpdateOperationsInput | string | null
    at?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    evidenceJson?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type ItemStateUncheckedUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    done?: BoolFieldUpdateOperationsInput | boolean
    flagged?: BoolFieldUpdateOperationsInput | boolean
    byUser?: NullableStringFieldUpdateOperationsInput | string | null
    at?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    evidenceJson?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type ItemStateUncheckedUpdateManyWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    done?: BoolFieldUpdateOperationsInput | boolean
    flagged?: BoolFieldUpdateOperationsInput | boolean
    byUser?: NullableStringFieldUpdateOperationsInput | string | null
    at?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    evidenceJson?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type AuditEventUpdateWithoutDeploymentInput = {
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    itemKey?: NullableStringFieldUpdateOperationsInput | string | null
    dataJson?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AuditEventUncheckedUpdateWithoutDeploymentInput = {
    id?: IntFieldUpdateOperationsInput | number
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    itemKey?: NullableStringFieldUpdateOperationsInput | string | null
    dataJson?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type AuditEventUncheckedUpdateManyWithoutDeploymentInput = {
    id?: IntFieldUpdateOperationsInput | number
    actor?: StringFieldUpdateOperationsInput | string
    action?: StringFieldUpdateOperationsInput | string
    itemKey?: NullableStringFieldUpdateOperationsInput | string | null
    dataJson?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type SlackMessageUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    part?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    ts?: NullableStringFieldUpdateOperationsInput | string | null
    position?: IntFieldUpdateOperationsInput | number
    renderHash?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type SlackMessageUncheckedUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    part?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    ts?: NullableStringFieldUpdateOperationsInput | string | null
    position?: IntFieldUpdateOperationsInput | number
    renderHash?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type SlackMessageUncheckedUpdateManyWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    part?: StringFieldUpdateOperationsInput | string
    channelId?: StringFieldUpdateOperationsInput | string
    ts?: NullableStringFieldUpdateOperationsInput | string | null
    position?: IntFieldUpdateOperationsInput | number
    renderHash?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type JobUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    dedupeKey?: NullableStringFieldUpdateOperationsInput | string | null
    requestRev?: IntFieldUpdateOperationsInput | number
    payloadJson?: StringFieldUpdateOperationsInput | string
    dueAt?: DateTimeFieldUpdateOperationsInput | Date | string
    attempts?: IntFieldUpdateOperationsInput | number
    claimedBy?: NullableStringFieldUpdateOperationsInput | string | null
    claimedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    doneAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    failedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastError?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type JobUncheckedUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    dedupeKey?: NullableStringFieldUpdateOperationsInput | string | null
    requestRev?: IntFieldUpdateOperationsInput | number
    payloadJson?: StringFieldUpdateOperationsInput | string
    dueAt?: DateTimeFieldUpdateOperationsInput | Date | string
    attempts?: IntFieldUpdateOperationsInput | number
    claimedBy?: NullableStringFieldUpdateOperationsInput | string | null
    claimedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    doneAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    failedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastError?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type JobUncheckedUpdateManyWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    dedupeKey?: NullableStringFieldUpdateOperationsInput | string | null
    requestRev?: IntFieldUpdateOperationsInput | number
    payloadJson?: StringFieldUpdateOperationsInput | string
    dueAt?: DateTimeFieldUpdateOperationsInput | Date | string
    attempts?: IntFieldUpdateOperationsInput | number
    claimedBy?: NullableStringFieldUpdateOperationsInput | string | null
    claimedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    doneAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    failedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    lastError?: NullableStringFieldUpdateOperationsInput | string | null
    createdAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type RoleAssignmentUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
  }

  export type RoleAssignmentUncheckedUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
  }

  export type RoleAssignmentUncheckedUpdateManyWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
  }

  export type SignOffUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    decision?: StringFieldUpdateOperationsInput | string
    reason?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    staleAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    staleReason?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type SignOffUncheckedUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    decision?: StringFieldUpdateOperationsInput | string
    reason?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    staleAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    staleReason?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type SignOffUncheckedUpdateManyWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    decision?: StringFieldUpdateOperationsInput | string
    reason?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
    staleAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    staleReason?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type ProbeRunUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    runId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    target?: StringFieldUpdateOperationsInput | string
    outcome?: StringFieldUpdateOperationsInput | string
    conditionsJson?: StringFieldUpdateOperationsInput | string
    evidenceJson?: StringFieldUpdateOperationsInput | string
    summary?: StringFieldUpdateOperationsInput | string
    durationMs?: IntFieldUpdateOperationsInput | number
    attempts?: IntFieldUpdateOperationsInput | number
    trigger?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ProbeRunUncheckedUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    runId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    target?: StringFieldUpdateOperationsInput | string
    outcome?: StringFieldUpdateOperationsInput | string
    conditionsJson?: StringFieldUpdateOperationsInput | string
    evidenceJson?: StringFieldUpdateOperationsInput | string
    summary?: StringFieldUpdateOperationsInput | string
    durationMs?: IntFieldUpdateOperationsInput | number
    attempts?: IntFieldUpdateOperationsInput | number
    trigger?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type ProbeRunUncheckedUpdateManyWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    runId?: StringFieldUpdateOperationsInput | string
    itemKey?: StringFieldUpdateOperationsInput | string
    kind?: StringFieldUpdateOperationsInput | string
    target?: StringFieldUpdateOperationsInput | string
    outcome?: StringFieldUpdateOperationsInput | string
    conditionsJson?: StringFieldUpdateOperationsInput | string
    evidenceJson?: StringFieldUpdateOperationsInput | string
    summary?: StringFieldUpdateOperationsInput | string
    durationMs?: IntFieldUpdateOperationsInput | number
    attempts?: IntFieldUpdateOperationsInput | number
    trigger?: StringFieldUpdateOperationsInput | string
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type VerificationUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    issues?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type VerificationUncheckedUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    issues?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type VerificationUncheckedUpdateManyWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    roleKey?: StringFieldUpdateOperationsInput | string
    userId?: StringFieldUpdateOperationsInput | string
    issues?: StringFieldUpdateOperationsInput | string
    status?: StringFieldUpdateOperationsInput | string
    note?: NullableStringFieldUpdateOperationsInput | string | null
    at?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type CheckInRecordUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    checkInKey?: StringFieldUpdateOperationsInput | string
    sentAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    messageTs?: NullableStringFieldUpdateOperationsInput | string | null
    snoozedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    escalatedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredBy?: NullableStringFieldUpdateOperationsInput | string | null
    answer?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type CheckInRecordUncheckedUpdateWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    checkInKey?: StringFieldUpdateOperationsInput | string
    sentAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    messageTs?: NullableStringFieldUpdateOperationsInput | string | null
    snoozedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    escalatedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredBy?: NullableStringFieldUpdateOperationsInput | string | null
    answer?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
  }

  export type CheckInRecordUncheckedUpdateManyWithoutDeploymentInput = {
    id?: StringFieldUpdateOperationsInput | string
    checkInKey?: StringFieldUpdateOperationsInput | string
    sentAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    messageTs?: NullableStringFieldUpdateOperationsInput | string | null
    snoozedUntil?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    escalatedAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredAt?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    answeredBy?: NullableStringFieldUpdateOperationsInput | string | null
    answer?: NullableStringFieldUpdateOperationsInput | string | null
    note?: NullableStringFieldUpdateOperationsInput | string | null
  }



  /**
   * Batch Payload for updateMany & deleteMany & createMany
   */

  export type BatchPayload = {
    count: number
  }

  /**
   * DMMF
   */
  export const dmmf: runtime.BaseDMMF
}