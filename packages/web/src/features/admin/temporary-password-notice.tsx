import { Alert } from '../../ui/alert';

/** A temporary password, shown once: the owner passes it on; the user must change it at sign-in. */
export function TemporaryPasswordNotice({
  name,
  password,
}: {
  readonly name: string;
  readonly password: string;
}) {
  return (
    <Alert tone="success">
      <p>
        Temporary password for {name}:{' '}
        <code className="secret" data-temporary-password="">
          {password}
        </code>
      </p>
      <p className="small">
        Give it to them in person or by phone. It is shown only now; they must choose their own password when
        they next sign in.
      </p>
    </Alert>
  );
}
