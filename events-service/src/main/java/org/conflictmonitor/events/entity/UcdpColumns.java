package org.conflictmonitor.events.entity;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.conflictmonitor.events.api.UcdpAttribute;
import org.conflictmonitor.events.api.UcdpViolenceType;

/** How UCDP's GED codes an event; all null for an event that did not come from UCDP. */
@Embeddable
public class UcdpColumns {

    @Column(name = "ucdp_event_id")
    public Long eventId;

    @Column(name = "ucdp_relid")
    public String relid;

    @Enumerated(EnumType.STRING)
    @Column(name = "ucdp_violence_type")
    public UcdpViolenceType violenceType;

    @Column(name = "ucdp_date_prec")
    public Integer datePrecision;

    @Column(name = "ucdp_where_prec")
    public Integer locationPrecision;

    @Column(name = "ucdp_version")
    public String version;

    @Column(name = "ucdp_anomalies")
    public String[] anomalies;

    // Replaced, never changed in place (the mapper assigns new lists and maps): immutable to Hibernate,
    // which otherwise deep-copies JSON values through a JSON round trip on every persist and flush.
    @Mutability(Immutability.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ucdp_attributes")
    public List<UcdpAttribute> attributes;

    /** The event's fields as the last import wrote them, by field name: a JSON object, as the import compares them. */
    @Mutability(Immutability.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ucdp_imported")
    public ObjectNode imported;
}
