import { defineModule } from '../../kernel/module';
import { DictionaryEntity, DictionaryOptionEntity } from './entities';
import { ServiceCategoryOther1766300000000 } from './migrations/1766300000000-service-category-other';
import { SatisfactionFiveLevels1766600200000 } from './migrations/1766600200000-satisfaction-five-levels';
import { SatisfactionGlossaryLabel1767100000100 } from './migrations/1767100000100-satisfaction-glossary-label';
import { KnowledgeAndDepartments1767300000000 } from './migrations/1767300000000-knowledge-and-departments';
import { ServiceCategoryComplaint1767400000100 } from './migrations/1767400000100-service-category-complaint';
import { ServiceCategoryCare1767500000100 } from './migrations/1767500000100-service-category-care';
import { dictionaryRoutes } from './routes';
import { DictionaryService } from './service';

/** 数据字典: the option lists forms and registries choose from. */
export const dictionariesModule = defineModule({
  name: 'dictionaries',
  entities: [DictionaryEntity, DictionaryOptionEntity],
  migrations: [ServiceCategoryOther1766300000000, SatisfactionFiveLevels1766600200000, SatisfactionGlossaryLabel1767100000100, KnowledgeAndDepartments1767300000000, ServiceCategoryComplaint1767400000100, ServiceCategoryCare1767500000100],
  needs: {},
  start: ({ dataSource, audit }) => {
    const dictionaries = new DictionaryService(dataSource, audit);
    return { gives: { dictionaries }, routes: dictionaryRoutes(dictionaries) };
  },
});
