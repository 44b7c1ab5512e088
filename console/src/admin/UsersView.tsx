import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { fieldErrors } from '../app/fieldErrors';
import { GrantRoleDocument, RevokeRoleDocument, UsersDocument, type GrantableRole } from '../generated/graphql';

const GRANTABLE: GrantableRole[] = ['CURATOR', 'ADMIN'];

/** Admins grant and revoke curator and admin; effective with the user's next token. */
export function UsersView() {
  const [search, setSearch] = useState('');
  const { data, error } = useQuery(UsersDocument, { errorPolicy: 'all', variables: { search: search || null } });
  const [grant] = useMutation(GrantRoleDocument);
  const [revoke] = useMutation(RevokeRoleDocument);
  const [failure, setFailure] = useState<string>();
  const change = async (username: string, role: GrantableRole, give: boolean) => {
    setFailure(undefined);
    try {
      await (give ? grant : revoke)({ variables: { username, role } });
    } catch (e) {
      setFailure(fieldErrors(e).form ?? String(e));
    }
  };
  return (
    <section aria-labelledby="users">
      <h1 id="users">Users and roles</h1>
      <label>Find <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} /></label>
      {(error || failure) && <p role="alert" className="error">{failure ?? error?.message}</p>}
      <table>
        <thead><tr><th scope="col">User</th><th scope="col">Name</th><th scope="col">Roles</th>{GRANTABLE.map((r) => <th key={r} scope="col">{r.toLowerCase()}</th>)}</tr></thead>
        <tbody>
          {(data?.users ?? []).map((u) => u && (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{[u.firstName, u.lastName].filter(Boolean).join(' ')}</td>
              <td>{u.roles.map((r) => r.toLowerCase()).join(', ')}</td>
              {GRANTABLE.map((role) => {
                const has = u.roles.includes(role);
                return (
                  <td key={role}>
                    <button type="button" onClick={() => void change(u.username, role, !has)}
                      aria-label={`${has ? 'Revoke' : 'Grant'} ${role.toLowerCase()} ${has ? 'from' : 'to'} ${u.username}`}>
                      {has ? 'Revoke' : 'Grant'}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
