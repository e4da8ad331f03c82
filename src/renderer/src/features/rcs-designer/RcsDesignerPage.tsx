import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function RcsDesignerPage() {
  return (
    <div className="page">
      <PageHeader title="RCS Designer" subtitle="Build rich cards and carousels visually and see them on a phone." />
      <EmptyState icon="▦" title="No designs yet">
        <p>Start from a blank card or a starting point from the gallery. Every rule is checked as you type.</p>
      </EmptyState>
    </div>
  );
}
