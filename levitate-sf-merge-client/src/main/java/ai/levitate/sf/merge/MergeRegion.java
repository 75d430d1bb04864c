package ai.levitate.sf.merge;

/** Where Merge hosts a customer's data; each region has its own API host. */
public enum MergeRegion {
  US("https://api.merge.dev/api/crm/v1/"),
  EU("https://api-eu.merge.dev/api/crm/v1/"),
  APAC("https://api-ap.merge.dev/api/crm/v1/");

  private final String baseUrl;

  MergeRegion(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The CRM API's base URL in this region, ending in {@code /}. */
  public String baseUrl() {
    return baseUrl;
  }
}
