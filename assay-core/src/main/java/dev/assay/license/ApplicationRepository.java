package dev.assay.license;

import java.util.List;
import java.util.Optional;

/**
 * Where applications and their recorded steps are kept. Writes are atomic, and a step is recorded
 * only onto the history it was decided on: two officers moving the same application at once cannot
 * both succeed.
 */
public interface ApplicationRepository {

  /**
   * Stores a new application with any steps it already has.
   *
   * @throws LicensingException when an application of that id exists
   */
  void create(Application application);

  Optional<Application> find(String id);

  /** Every application, by id. */
  List<Application> list();

  /**
   * Records one more step of an application, checked by {@link Application#apply} against the
   * stored history.
   *
   * @return the application with the step
   * @throws LicensingException when there is no such application, the rules refuse the step, or
   *     another step was recorded in the meantime
   */
  Application record(String id, ApplicationEvent event);
}
