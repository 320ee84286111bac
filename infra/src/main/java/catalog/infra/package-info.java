package catalog.infra;
