-- Runs once when the compose Postgres volume is created: the admin role that provisions each
-- service's schema and roles (see the `provision` service in docker-compose.yml).
ALTER ROLE bitacora CREATEROLE;
