"""Repositories: the only place where queries and the tenant condition are written."""
