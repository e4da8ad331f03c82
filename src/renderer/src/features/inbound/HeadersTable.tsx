/** The HTTP headers a webhook arrived with, as they were kept (the detail and Rejected views). */
export function HeadersTable({ headers }: { headers: Readonly<Record<string, string>> }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return <p className="ib-muted">No headers were kept.</p>;
  return (
    <table className="ib-headers-table">
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className="mono">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
