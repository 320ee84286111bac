package catalog.app.graph;

import catalog.domain.work.UnitOfWork;
import catalog.infra.db.Database;
import dagger.Module;
import dagger.Provides;

/** Provides the request's unit of work; it borrows a connection only when first used. */
@Module
public interface RequestModule {

  @Provides
  @RequestScope
  static UnitOfWork unitOfWork(Database database) {
    return database.newUnitOfWork();
  }
}
