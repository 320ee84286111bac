package catalog.app.graph;

import catalog.domain.work.UnitOfWork;
import dagger.Subcomponent;

/** The objects of one request; built per request from {@link Factory}, its unit of work closed when the request ends. */
@RequestScope
@Subcomponent(modules = RequestModule.class)
public interface RequestComponent {

  UnitOfWork unitOfWork();

  /** Makes a fresh request scope. */
  @Subcomponent.Factory
  interface Factory {
    RequestComponent create();
  }
}
