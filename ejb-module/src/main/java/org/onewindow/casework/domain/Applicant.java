package org.onewindow.casework.domain;

/**
 * Who applied (004 表1 办件基本信息). The name, the ID number and the phone are personal data: the
 * platform keeps them sealed ({@link ApplicantSecret}) and shows them masked ({@link
 * MaskedApplicant}).
 *
 * @param type a natural or a legal person
 * @param name the person's name (family name first) or the organisation's
 * @param idType the identity document, required of a natural person; null when none is named
 * @param idNumber its number, upper case; null when none
 * @param creditCode a legal person's unified social credit code (GB 32100); null for a natural one
 * @param phone the phone number in its stored form ({@link CasePhone})
 */
public record Applicant(
    ApplicantType type,
    String name,
    IdType idType,
    String idNumber,
    String creditCode,
    String phone) {}
