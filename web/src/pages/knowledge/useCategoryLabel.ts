import { useDictionaries } from '../../hooks/useDictionaries';

/** The dictionary key of the 知识库's top-level categories. */
export const CATEGORY_DICT = 'knowledge_category';

/** 'social_assistance/dibao' → '社会救助 / dibao': the top level by its dictionary label, sub-paths as written. */
export function useCategoryLabel() {
  const { label } = useDictionaries();
  return (category: string) => {
    const [top, ...rest] = category.split('/');
    return [label(CATEGORY_DICT, top), ...rest].join(' / ');
  };
}
