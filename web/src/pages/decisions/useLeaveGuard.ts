import { useEffect } from 'react';

/**
 * Asks before unsaved changes are left behind: on closing or reloading the tab (the browser's own
 * question) and on a click on a menu entry or a link outside the page (the app's router, a
 * BrowserRouter, has no navigation blocker).
 */
export function useLeaveGuard(dirty: boolean, question: string) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target.closest('.ant-menu-item, a[href]') : null;
      if (!target || target.closest('[data-leave-guard-inside]')) return;
      if (!window.confirm(question)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, question]);
}
