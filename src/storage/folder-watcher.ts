import { type FSWatcher, watch } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface FolderWatcher {
  /** Resolves once every folder found at start is watched. */
  readonly ready: Promise<void>;
  /** Folders watched now. */
  folders(): number;
  close(): void;
}

export interface FolderWatcherOptions {
  /** A path relative to the root that changed (a file or a folder), or null when the change is unclear. */
  onChange: (relativePath: string | null) => void;
  onError: (error: unknown) => void;
  /** Folders not to watch (hidden ones, node_modules): the same the loader skips. */
  skip?: (name: string) => boolean;
}

/**
 * Watches a folder tree with one watch per folder (`fs.watch` on the folder, which reports its files). Node
 * 20's own `recursive` watch on Linux walks the tree synchronously, stats and watches every file (a quarter of
 * a second of stalled event loop and 10,000 watchers at 10,000 postings), and reports every file as changed
 * when it starts. Folders made later are watched when their first event arrives; symlinked folders are not
 * followed (the catalog's slow rescan covers them).
 */
export function watchFolderTree(root: string, options: FolderWatcherOptions): FolderWatcher {
  const skip = options.skip ?? ((name: string) => name.startsWith('.') || name === 'node_modules');
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const unwatch = (relative: string) => {
    for (const [folder, watcher] of watchers) {
      if (folder === relative || folder.startsWith(`${relative}${path.sep}`)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
  };

  async function watchTree(relative: string): Promise<void> {
    if (closed || watchers.has(relative)) return;
    const absolute = path.join(root, relative);
    let watcher: FSWatcher;
    try {
      watcher = watch(absolute, (_event, name) => {
        if (name === null) {
          options.onChange(relative === '' ? null : relative);
          return;
        }
        const changed = relative === '' ? String(name) : path.join(relative, String(name));
        options.onChange(changed);
        // A folder made (or moved in) after the start: watch it and what is in it.
        void lstat(path.join(root, changed)).then(
          (info) => (info.isDirectory() ? watchTree(changed) : undefined),
          () => unwatch(changed),
        );
      });
    } catch (error) {
      // Gone before it could be watched; its parent's event says so.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.onError(error);
      return;
    }
    watcher.on('error', (error) => {
      watcher.close();
      watchers.delete(relative);
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.onError(error);
    });
    watchers.set(relative, watcher);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries
        .filter((entry) => entry.isDirectory() && !skip(entry.name))
        .map((entry) => watchTree(relative === '' ? entry.name : path.join(relative, entry.name))),
    );
  }

  const ready = watchTree('');
  return {
    ready,
    folders: () => watchers.size,
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
