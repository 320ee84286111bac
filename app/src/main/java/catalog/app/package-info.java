package catalog.app;
