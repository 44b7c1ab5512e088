package org.conflictmonitor.sources.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body publishes or states things: NEWS_AGENCY, NEWSPAPER, BROADCASTER, ONLINE_MEDIA, GOVERNMENT (a ministry, its press service), MILITARY, INTERGOVERNMENTAL_ORGANISATION, NGO, SOCIAL_MEDIA, OTHER.")
public enum SourceKind {
    NEWS_AGENCY,
    NEWSPAPER,
    BROADCASTER,
    ONLINE_MEDIA,
    GOVERNMENT,
    MILITARY,
    INTERGOVERNMENTAL_ORGANISATION,
    NGO,
    SOCIAL_MEDIA,
    OTHER
}
