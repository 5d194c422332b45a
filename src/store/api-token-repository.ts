import type { Db } from './create-store.ts';
import { newId } from './ids.ts';

/** A token as stored: its SHA-256, never the token itself. */
export type ApiTokenRow = {
  id: string;
  name: string;
  hash: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
};

/** The HTTP API's tokens (docs/pipeline.md). */
export class ApiTokenRepository {
  constructor(private readonly db: Db) {}

  async create(input: { name: string; hash: string; scopes: string[] }, now: Date): Promise<void> {
    await this.db.apiToken.create({
      data: { id: newId('tok'), name: input.name, hash: input.hash, scopes: input.scopes.join(' '), createdAt: now },
    });
  }

  async list(): Promise<ApiTokenRow[]> {
    const rows = await this.db.apiToken.findMany({ orderBy: { createdAt: 'asc' } });
    return rows.map((row) => ({ ...row, scopes: row.scopes.split(' ').filter(Boolean) }));
  }

  async findByHash(hash: string): Promise<ApiTokenRow | undefined> {
    const row = await this.db.apiToken.findUnique({ where: { hash } });
    return row ? { ...row, scopes: row.scopes.split(' ').filter(Boolean) } : undefined;
  }

  async count(): Promise<number> {
    return this.db.apiToken.count();
  }

  /** Whether a token of that name existed (and is gone now). */
  async revoke(name: string): Promise<boolean> {
    return (await this.db.apiToken.deleteMany({ where: { name } })).count > 0;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db.apiToken.updateMany({ where: { id }, data: { lastUsedAt: at } });
  }
}
