import { createContext, useContext } from 'react';

/**
 * The case a form is filled in for, as the task page knows it: widgets that act on the case (the
 * 知识库 widget records answers and texts the caller) read it here. Outside a case (the designer's
 * preview, a new request's start form) there is none.
 */
export interface FormCase {
  caseId: string;
  /** The service type's key, to name the request in a search. */
  serviceTypeKey: string | null;
  /** The task's process variables (callerPhone, elderPhone, elderRelatives…). */
  variables: Record<string, unknown>;
  /** Whether the user works on the task now: only then do widgets act on the case. */
  editable: boolean;
  /** Opens a new request of a service type for the case's elder (the 开办工单 widget), where the page can. */
  openRelated?: (serviceTypeKey: string) => void;
  /** The cases opened from this one on the page, by service type key. */
  relatedCases?: Record<string, { id: string; caseNumber: string }>;
}

export const CaseContext = createContext<FormCase | null>(null);

export const useFormCase = () => useContext(CaseContext);
