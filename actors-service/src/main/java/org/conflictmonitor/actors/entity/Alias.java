package org.conflictmonitor.actors.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Alias {

    @Column(nullable = false)
    public String name;

    public String lang;

    protected Alias() {
    }

    public Alias(String name, String lang) {
        this.name = name;
        this.lang = lang;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alias other && name.equals(other.name) && Objects.equals(lang, other.lang);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, lang);
    }
}
