-- Tenants are never deleted: they are suspended, merged or dissolved, and their history stays.
revoke delete on platform.tenants from saas_app;
