import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function TemplatesPage() {
  return (
    <div className="page">
      <PageHeader title="Templates" subtitle="Your saved messages, ready to reuse." />
      <EmptyState icon="▤" title="No templates yet">
        <p>Save a draft from Compose or a design from the RCS Designer as a template, or import templates from a JSON file.</p>
      </EmptyState>
    </div>
  );
}
