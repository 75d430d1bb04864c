package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.LevitateContact;

/**
 * A Levitate contact in the plain export shape: every key of the core model always present (null
 * when absent), tags as their names, and no provenance. For files people and other tools read; use
 * {@link ContactCodec} to store a contact and read it back.
 */
public final class ContactExportCodec {
  private ContactExportCodec() {}

  public static String write(LevitateContact contact) {
    return Writer.stream(
        g -> {
          g.writeStartObject();
          ContactCodec.fields(g, contact, ContactCodec.Shape.EXPORT);
          g.writeEndObject();
        });
  }
}
