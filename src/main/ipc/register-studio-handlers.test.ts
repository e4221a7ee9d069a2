import { describe, it, expect, vi } from 'vitest';
import {
  STUDIO_CALLS,
  STUDIO_CHANNELS,
  StudioError,
  type StudioApi,
  type StudioResponse,
  type WorkspaceEvent,
} from '../../core/api';
import {
  forwardWorkspaceEvents,
  registerStudioHandlers,
  type InvokeEventLike,
  type IpcMainLike,
  type SenderFrameLike,
} from './register-studio-handlers';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  async function invoke(channel: string, url: string | null, ...args: unknown[]) {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event: InvokeEventLike = { senderFrame: url === null ? null : { url } };
    return (await listener(event, ...args)) as StudioResponse<unknown>;
  }
  return { ipcMain, handlers, invoke };
}

function fakeService(overrides: Partial<StudioApi> = {}): StudioApi {
  const unexpected = () => Promise.reject(new Error('not expected in this test'));
  return {
    getWorkspace: vi.fn(unexpected),
    listArticles: vi.fn(unexpected),
    readArticle: vi.fn(unexpected),
    saveArticle: vi.fn(unexpected),
    createArticle: vi.fn(unexpected),
    duplicateArticle: vi.fn(unexpected),
    renameArticle: vi.fn(unexpected),
    deleteArticle: vi.fn(unexpected),
    exportWorkspace: vi.fn(unexpected),
    getExportSettings: vi.fn(unexpected),
    openExportResult: vi.fn(unexpected),
    backupArticle: vi.fn(unexpected),
    readBackup: vi.fn(unexpected),
    discardBackup: vi.fn(unexpected),
    listBackups: vi.fn(unexpected),
    openWorkspace: vi.fn(unexpected),
    listRecentWorkspaces: vi.fn(unexpected),
    pickWorkspaceFolder: vi.fn(unexpected),
    importAsset: vi.fn(unexpected),
    getLintContext: vi.fn(unexpected),
    onWorkspaceEvent: vi.fn(() => () => {}),
    ...overrides,
  };
}

const OWN_PAGE = 'app://studio/index.html';
const trusted = (frame: SenderFrameLike | null) => frame?.url === OWN_PAGE;

function setup(service: StudioApi) {
  const fake = fakeIpcMain();
  registerStudioHandlers(fake.ipcMain, () => service, trusted);
  return fake;
}

describe('registerStudioHandlers', () => {
  it('registers exactly one handler per StudioApi call', () => {
    const { handlers } = setup(fakeService());
    const expected = STUDIO_CALLS.map((name) => STUDIO_CHANNELS[name]).sort();
    expect([...handlers.keys()].sort()).toEqual(expected);
    expect(STUDIO_CALLS).toHaveLength(20);
  });

  it('reaches the writing-room calls on their own channels with validated arguments', async () => {
    const backup = { path: 'posts/a.md', text: 'draft', baseHash: 'h1', savedAt: '2026-01-03T09:05:07.000Z' };
    const service = fakeService({
      duplicateArticle: vi.fn(async (_from: string, to: string) => ({ path: to, text: 'copy', hash: 'h' })),
      backupArticle: vi.fn(async () => undefined),
      readBackup: vi.fn(async () => backup),
      discardBackup: vi.fn(async () => undefined),
      listBackups: vi.fn(async () => ['posts/a.md']),
      openWorkspace: vi.fn(async (root: string) => ({ root, name: 'site', settings: {} as never, settingsProblems: [] })),
      listRecentWorkspaces: vi.fn(async () => [{ root: '/home/me/site', name: 'site' }]),
      pickWorkspaceFolder: vi.fn(async () => null),
    });
    const { invoke } = setup(service);
    expect(await invoke('article:duplicate', OWN_PAGE, 'posts/a.md', 'posts/b.md')).toMatchObject({ ok: true, value: { path: 'posts/b.md' } });
    expect(await invoke('backup:write', OWN_PAGE, 'posts/a.md', 'draft', null)).toEqual({ ok: true, value: null });
    expect(service.backupArticle).toHaveBeenCalledWith('posts/a.md', 'draft', null);
    expect(await invoke('backup:read', OWN_PAGE, 'posts/a.md')).toEqual({ ok: true, value: backup });
    expect(await invoke('backup:discard', OWN_PAGE, 'posts/a.md')).toEqual({ ok: true, value: null });
    expect(await invoke('backup:list', OWN_PAGE)).toEqual({ ok: true, value: ['posts/a.md'] });
    expect(await invoke('workspace:open', OWN_PAGE, ' ~/site ')).toMatchObject({ ok: true, value: { root: '~/site' } });
    expect(await invoke('workspace:recent', OWN_PAGE)).toEqual({ ok: true, value: [{ root: '/home/me/site', name: 'site' }] });
    expect(await invoke('workspace:pick-folder', OWN_PAGE)).toEqual({ ok: true, value: null });
  });

  it('refuses malformed writing-room payloads and foreign senders before the service sees them', async () => {
    const service = fakeService({ backupArticle: vi.fn(), openWorkspace: vi.fn(), duplicateArticle: vi.fn() });
    const { invoke } = setup(service);
    for (const [channel, args] of [
      ['backup:write', ['posts/a.md', 'draft']],
      ['backup:write', ['posts/a.md', 42, null]],
      ['backup:write', ['', 'draft', null]],
      ['workspace:open', ['   ']],
      ['workspace:open', [{ root: '/x' }]],
      ['article:duplicate', ['posts/a.md']],
    ] as const) {
      expect(await invoke(channel, OWN_PAGE, ...args), `${channel} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await invoke('workspace:open', 'https://evil.example/', '/home/me')).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(service.backupArticle).not.toHaveBeenCalled();
    expect(service.openWorkspace).not.toHaveBeenCalled();
    expect(service.duplicateArticle).not.toHaveBeenCalled();
  });

  it("carries the web host's UNSUPPORTED folder picker as its code", async () => {
    const { invoke } = setup(fakeService({ pickWorkspaceFolder: vi.fn(async () => Promise.reject(new StudioError('UNSUPPORTED', 'type the path'))) }));
    expect(await invoke('workspace:pick-folder', OWN_PAGE)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('refuses a foreign sender without calling the service', async () => {
    const service = fakeService({ readArticle: vi.fn() });
    const { invoke } = setup(service);
    for (const url of ['https://evil.example/', 'about:srcdoc', null]) {
      const response = await invoke('article:read', url, 'posts/a.md');
      expect(response).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(service.readArticle).not.toHaveBeenCalled();
  });

  it('refuses a payload that does not match the contract, naming the method', async () => {
    const service = fakeService({ saveArticle: vi.fn() });
    const { invoke } = setup(service);
    const cases: unknown[][] = [
      [],
      ['posts/a.md', 42, null],
      ['posts/a.md', 'text'],
      ['posts/a.md', 'text', null, 'extra'],
      ['', 'text', null],
    ];
    for (const args of cases) {
      const response = await invoke('article:save', OWN_PAGE, ...args);
      expect(response.ok).toBe(false);
      if (!response.ok) {
        expect(response.error.code).toBe('INVALID_REQUEST');
        expect(response.error.message).toContain('saveArticle');
      }
    }
    expect(service.saveArticle).not.toHaveBeenCalled();
  });

  it('passes validated arguments to the service and returns its value', async () => {
    const saved = { path: 'posts/a.md', hash: 'h2' };
    const saveArticle = vi.fn(async () => saved);
    const { invoke } = setup(fakeService({ saveArticle }));
    const response = await invoke('article:save', OWN_PAGE, 'posts/a.md', '# Hi', 'h1');
    expect(response).toEqual({ ok: true, value: saved });
    expect(saveArticle).toHaveBeenCalledWith('posts/a.md', '# Hi', 'h1');
  });

  it('calls the service as a method, keeping `this`', async () => {
    const listArticles = vi.fn(async () => []);
    const service = fakeService({ listArticles });
    const { invoke } = setup(service);
    expect(await invoke('workspace:list', OWN_PAGE)).toEqual({ ok: true, value: [] });
    expect(listArticles.mock.contexts[0]).toBe(service);
  });

  it('carries a StudioError as plain data with its code, file and line', async () => {
    const error = new StudioError('INVALID_ARTICLE', 'Bad YAML', 'posts/a.md', 3);
    const { invoke } = setup(fakeService({ readArticle: vi.fn(async () => Promise.reject(error)) }));
    const response = await invoke('article:read', OWN_PAGE, 'posts/a.md');
    expect(response).toEqual({
      ok: false,
      error: { code: 'INVALID_ARTICLE', message: 'Bad YAML', file: 'posts/a.md', line: 3 },
    });
  });

  it('turns any other failure into IO_ERROR with its message', async () => {
    const { invoke } = setup(
      fakeService({ deleteArticle: vi.fn(async () => Promise.reject(new Error('EACCES: permission denied'))) }),
    );
    const response = await invoke('article:delete', OWN_PAGE, 'posts/a.md');
    expect(response).toEqual({ ok: false, error: { code: 'IO_ERROR', message: 'EACCES: permission denied' } });
  });

  it('answers with an envelope when the service is not available', async () => {
    const fake = fakeIpcMain();
    registerStudioHandlers(
      fake.ipcMain,
      () => {
        throw new StudioError('IO_ERROR', 'No workspace is open.');
      },
      trusted,
    );
    const response = await fake.invoke('workspace:get', OWN_PAGE);
    expect(response).toMatchObject({ ok: false, error: { code: 'IO_ERROR', message: 'No workspace is open.' } });
  });
});

describe('forwardWorkspaceEvents', () => {
  it('sends each event and stops when unsubscribed', () => {
    let emit: (event: WorkspaceEvent) => void = () => {};
    const stop = vi.fn();
    const service = {
      onWorkspaceEvent: (listener: (event: WorkspaceEvent) => void) => {
        emit = listener;
        return stop;
      },
    };
    const send = vi.fn();
    const unsubscribe = forwardWorkspaceEvents(service, send);
    const event: WorkspaceEvent = { kind: 'changed', path: 'posts/a.md', hash: 'h' };
    emit(event);
    expect(send).toHaveBeenCalledWith(event);
    const command: WorkspaceEvent = { kind: 'command', command: 'save' };
    emit(command);
    expect(send).toHaveBeenLastCalledWith(command);
    unsubscribe();
    expect(stop).toHaveBeenCalledOnce();
  });
});
