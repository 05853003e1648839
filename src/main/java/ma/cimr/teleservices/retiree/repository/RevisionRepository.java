package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.PensionRevision;

import java.util.List;

/** The revisions of a pension, newest first. */
public interface RevisionRepository {

    List<PensionRevision> ofRetiree(long retireeId);
}
