import type { Form } from '@formily/core';
import { useCallback, useEffect, useState } from 'react';
import { findKnowledge, knowledgeOfCase, type KnowledgeSearchHit, type KnowledgeUse } from '../../api/knowledge-use';
import { listServiceTypes } from '../../api/service-types';
import { suggestionText } from './knowledgeSuggest';

/** The value once it has stopped changing for `ms` (typing in the search box). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * What to suggest on opening: the request's name and the form's text as they are when the form
 * opens (undefined until the name is known, so the search runs once).
 */
export function useSuggestion(form: Form, serviceTypeKey: string | null | undefined, english: boolean): string | undefined {
  const [text, setText] = useState<string>();
  useEffect(() => {
    let live = true;
    // A plain copy as the form opens (formily's observable values cannot be structured-cloned).
    const values = JSON.parse(JSON.stringify(form.values ?? {})) as unknown;
    const named = serviceTypeKey
      ? listServiceTypes().then((types) => types.find((x) => x.key === serviceTypeKey), () => undefined).then((type) => (type ? (english ? type.nameEn : type.nameZh) : null))
      : Promise.resolve(null);
    void named.then((name) => live && setText(suggestionText(values, name)));
    return () => void (live = false);
  }, [form, serviceTypeKey, english]);
  return text;
}

/** The hits for the words (none for no words), the newest search winning. */
export function useKnowledgeSearch(q: string, category: string | undefined, limit: number) {
  const [hits, setHits] = useState<KnowledgeSearchHit[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<unknown>();
  useEffect(() => {
    if (!q) return setHits([]);
    const aborter = new AbortController();
    setLoading(true);
    findKnowledge({ q, category, limit }, aborter.signal).then(
      (found) => (setHits(found), setFailed(undefined), setLoading(false)),
      (err: unknown) => void (aborter.signal.aborted || (setHits([]), setFailed(err), setLoading(false))),
    );
    return () => aborter.abort();
  }, [q, category, limit]);
  return { hits, loading, failed };
}

/** The articles answered from on the case (none outside a case), read again after each answer. */
export function useCaseKnowledge(caseId: string | undefined) {
  const [uses, setUses] = useState<KnowledgeUse[]>();
  const reload = useCallback(() => {
    if (caseId) void knowledgeOfCase(caseId).then(setUses, () => setUses([]));
  }, [caseId]);
  useEffect(reload, [reload]);
  return { uses, reload };
}
